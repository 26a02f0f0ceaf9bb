package org.rgo.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * The at-risk customers of a run in priority order, evaluated again a block at a time from the
 * sales table. Keeping only the ranking's keys until now, rather than every customer's results,
 * is what lets ten million customers fit beside their sales.
 */
public final class RankedCustomers implements CustomerRows {

    private final Kernel kernel;
    private final Analysis analysis;
    private final int blockSize;
    private final int[] order;

    public RankedCustomers(Kernel kernel, Analysis analysis, int blockSize) {
        this.kernel = kernel;
        this.analysis = analysis;
        this.blockSize = blockSize;
        this.order = analysis.ranking().inPriorityOrder(analysis.data()::customerId);
    }

    @Override
    public int blockCount() {
        return (order.length + blockSize - 1) / blockSize;
    }

    @Override
    public List<CustomerResult> block(int b) {
        int from = b * blockSize;
        int to = Math.min(order.length, from + blockSize);
        Chunk chunk = kernel.evaluate(SeriesLayer.gather(analysis.model(), analysis.data(), order, from, to,
                analysis.model().recurrenceCuts()));
        List<CustomerResult> results = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            results.add(chunk.result(i));
        }
        return results;
    }
}
