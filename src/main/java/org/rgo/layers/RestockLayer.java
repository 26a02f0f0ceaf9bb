package org.rgo.layers;

/**
 * The restock list (issue 13): for each customer whose action restocks (SPEC §5's operational
 * condition holds), the SKUs out in its stockout gap weeks, as the root cause layer found them.
 */
public final class RestockLayer {

    /** The route step: the chunk's restocking customers, at risk this week, added to its restock totals. */
    public Chunk accumulate(Chunk chunk) {
        RestockTotals totals = chunk.totals().restock();
        StockoutCalendar calendar = chunk.model().calendar();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.atRisk(i, 0) && chunk.attribution(i, 0).rootCause().restocks()) {
                totals.add(chunk.attribution(i, 0).overlapWeeks(), chunk.exposure(i, 0).exposureIndex(), calendar);
            }
        }
        return chunk;
    }
}
