package org.rgo.layers;

/** Exposure layer output (SPEC §6): the Revenue Exposure Index and what it is made of. */
public record Exposure(ChurnRiskBucket churnRiskBucket, int recurrenceScore, double combinedMultiplier,
                       double exposureIndex) {}
