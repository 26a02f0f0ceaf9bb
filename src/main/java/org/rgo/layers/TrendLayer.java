package org.rgo.layers;

/**
 * Layer 6, SPEC §8: the model at each of the last as-of weeks. The per-customer layers have
 * already evaluated every cut on the chunk's arrays; this adds the at-risk customers of each cut
 * to the run's trend totals. REI here never carries the recurrence term, so every week is
 * measured the same way.
 */
public final class TrendLayer {

    /** The route step: the chunk's customers added to its trend totals, cut by cut. */
    public Chunk accumulate(Chunk chunk) {
        TrendTotals totals = chunk.totals().trend();
        for (int i = 0; i < chunk.size(); i++) {
            for (int k = 0; k < totals.cuts(); k++) {
                if (chunk.series(i, k) == null) {
                    break;
                }
                if (chunk.atRisk(i, k)) {
                    totals.add(k, chunk.revenue(i, k).gapAmount(), chunk.exposure(i, k).trendExposureIndex());
                }
            }
        }
        return chunk;
    }
}
