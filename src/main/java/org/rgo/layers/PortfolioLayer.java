package org.rgo.layers;

/** Layer 5, SPEC §7: totals and exposure by tier, cause, store and segment; the top-N priorities. */
public final class PortfolioLayer {

    /** The route step: every customer of the chunk at risk this week, added to its portfolio totals. */
    public Chunk accumulate(Chunk chunk) {
        PortfolioTotals totals = chunk.totals().portfolio();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.atRisk(i, 0)) {
                totals.add(chunk, i);
            }
        }
        return chunk;
    }

    /**
     * The route step: the sort keys of every customer of the chunk at risk this week, so that
     * customers.csv lists them all in priority order at the end (SPEC §7, §10).
     */
    public Chunk rank(Chunk chunk) {
        CustomerRanking ranking = chunk.totals().ranking();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.atRisk(i, 0)) {
                ranking.add(Cents.of(chunk.exposure(i, 0).exposureIndex()), Cents.of(chunk.revenue(i, 0).gapAmount()),
                        chunk.customer(i));
            }
        }
        return chunk;
    }
}
