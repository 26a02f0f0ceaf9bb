package org.rgo.layers;

/** Against the business (issue 12): every customer's weekly revenue this week, at risk or not. */
public final class PortfolioRevenueLayer {

    /** The route step: the current and baseline revenue of every customer of the chunk, added to its totals. */
    public Chunk accumulate(Chunk chunk) {
        RevenueTotals totals = chunk.totals().revenue();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.series(i, 0) != null) {
                totals.add(chunk.revenue(i, 0));
            }
        }
        return chunk;
    }
}
