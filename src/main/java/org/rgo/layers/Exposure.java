package org.rgo.layers;

import java.io.Serializable;

/**
 * Exposure layer output (SPEC §6): the Revenue Exposure Index and what it is made of.
 * {@code trendExposureIndex} is the REI without the recurrence term, as the trend measures every
 * week (SPEC §8); it equals {@code exposureIndex} unless rgo.rei.recurrence is on.
 */
public record Exposure(ChurnRiskBucket churnRiskBucket, int recurrenceScore, double combinedMultiplier,
                       double exposureIndex, double trendExposureIndex) implements Serializable {}
