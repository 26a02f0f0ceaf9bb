package org.rgo.layers;

import java.io.Serializable;

/** Structural risk layer output (SPEC §4), values as reported (velocity round2, volatility round4). */
public record StructuralRisk(int consecutiveDeclineWeeks, int consecutiveZeroSpendWeeks,
                             double declineVelocityPercent, double revenueVolatilityScore,
                             double baselineVariancePercent, int structuralRiskScore, StructuralTier structuralTier) implements Serializable {}
