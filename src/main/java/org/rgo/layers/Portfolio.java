package org.rgo.layers;

import java.util.List;
import java.util.Map;

/**
 * Layer 5 output (SPEC §7), over at-risk customers. {@code topPriority} holds the first top-N of
 * them in {@link Priority} order (REI desc, gap desc, customer_id asc); maps are ordered by
 * exposure, largest first.
 */
public record Portfolio(double totalGap, double totalRei, int customerCountWithGaps,
                        Map<String, Double> exposureByTier, Map<String, Double> gapByTier,
                        Map<String, Double> exposureByRootCause, Map<String, Double> gapByRootCause,
                        Map<String, Long> customersByRootCause,
                        Map<String, Double> exposureByStore, Map<String, Double> gapByStore,
                        Map<String, Map<String, Double>> exposureBySegment,
                        Map<String, Map<String, Double>> gapBySegment,
                        List<CustomerResult> topPriority, int topN, double recoveryUpsideTopN,
                        double concentrationTopNPercent) {}
