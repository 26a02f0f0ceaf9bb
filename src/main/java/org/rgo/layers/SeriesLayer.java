package org.rgo.layers;

import org.rgo.ingest.Dataset;
import org.rgo.ingest.SalesCell;
import org.rgo.ingest.SalesTable;

/**
 * SPEC §2: each customer's weekly series, read from the sales table into a chunk (the filling of
 * missing weeks is {@link Chunk.Builder}'s). The first step of every chunk.
 */
public final class SeriesLayer {

    /** The route step: customers [from, to) of the run, evaluated at every cut of the model. */
    public Chunk gather(AnalysisInput.CustomerRange range) {
        Model model = range.input().model();
        Chunk.Builder builder = new Chunk.Builder(model, model.cuts(), range.to() - range.from());
        for (int c = range.from(); c < range.to(); c++) {
            add(builder, range.input().data(), c);
        }
        return builder.build();
    }

    /** The given customers of the run, in that order, evaluated at {@code cuts} cuts. */
    public static Chunk gather(Model model, Dataset data, int[] customers, int from, int to, int cuts) {
        Chunk.Builder builder = new Chunk.Builder(model, cuts, to - from);
        for (int p = from; p < to; p++) {
            add(builder, data, customers[p]);
        }
        return builder.build();
    }

    private static void add(Chunk.Builder builder, Dataset data, int customer) {
        SalesTable sales = data.sales();
        builder.beginCustomer(customer, sales.customerId(customer), data.loyal().get(customer));
        int s = 0;
        for (String[] values : data.segments().values()) {
            builder.segment(s++, values[customer]);
        }
        for (int w = 0; w < sales.weekCount(); w++) {
            long cell = sales.cell(w, customer);
            if (SalesCell.hasRow(cell)) {
                builder.row(w, sales.spend(cell), SalesCell.store(cell), SalesCell.highValue(cell));
            }
        }
    }
}
