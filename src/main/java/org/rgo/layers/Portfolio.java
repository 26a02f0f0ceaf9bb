package org.rgo.layers;

import java.util.List;
import java.util.Map;

/**
 * Layer 5 output (SPEC §7), over at-risk customers. {@code atRisk} is in priority order (REI desc,
 * gap desc, customer_id asc); maps are ordered by exposure, largest first.
 */
public record Portfolio(double totalGap, double totalRei, int customerCountWithGaps,
                        Map<String, Double> exposureByTier, Map<String, Double> gapByTier,
                        Map<String, Double> exposureByRootCause, Map<String, Double> gapByRootCause,
                        Map<String, Double> exposureByStore, Map<String, Double> gapByStore,
                        Map<String, Map<String, Double>> exposureBySegment,
                        Map<String, Map<String, Double>> gapBySegment,
                        List<CustomerResult> atRisk, int topN, double recoveryUpsideTopN,
                        double concentrationTopNPercent) {

    public List<CustomerResult> topPriority() {
        return atRisk.subList(0, Math.min(topN, atRisk.size()));
    }
}
