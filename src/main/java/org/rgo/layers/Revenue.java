package org.rgo.layers;

import java.io.Serializable;

/** Revenue layer output (SPEC §3); current and baseline are stored round2. */
public record Revenue(double currentRevenue, double baselineRevenue, double gapAmount, double declinePercent,
                      Tier tier) implements Serializable {}
