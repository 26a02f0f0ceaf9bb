package org.rgo.layers;

/**
 * What moved (issue 12): each customer at risk this week or in the prior one, added to the run's
 * driver totals with its REI, root cause, tier and store in each week. The per-customer layers have
 * already evaluated both cuts (root cause at cuts 0 and 1: {@link Chunk#attributedCuts()}); REI is
 * the recurrence-free one the trend measures every week with (SPEC §8).
 */
public final class DriversLayer {

    /** The route step: the chunk's customers added to its driver totals. */
    public Chunk accumulate(Chunk chunk) {
        DriverTotals totals = chunk.totals().drivers();
        if (!totals.hasPriorWeek() || chunk.attributedCuts() < 2) {
            return chunk;
        }
        String[] stores = chunk.model().storeIds();
        for (int i = 0; i < chunk.size(); i++) {
            boolean now = chunk.atRisk(i, 0);
            boolean before = chunk.atRisk(i, 1);
            if (!now && !before) {
                continue;
            }
            totals.add(chunk.customerId(i),
                    before ? chunk.attribution(i, 1).rootCause() : null,
                    before ? chunk.revenue(i, 1).tier().label() : null,
                    before ? stores[chunk.series(i, 1).lastStore()] : null,
                    before ? chunk.exposure(i, 1).trendExposureIndex() : 0.0,
                    now ? chunk.attribution(i, 0).rootCause() : null,
                    now ? chunk.revenue(i, 0).tier().label() : null,
                    now ? chunk.storeId(i) : null,
                    now ? chunk.exposure(i, 0).trendExposureIndex() : 0.0);
        }
        return chunk;
    }
}
