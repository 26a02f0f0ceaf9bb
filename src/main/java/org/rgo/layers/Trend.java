package org.rgo.layers;

import java.time.LocalDate;
import java.util.List;

/**
 * Layer 6 output (SPEC §8). Prior totals and the delta are null when there is no previous week
 * (the delta also when that week had no exposure). The timeline is newest first.
 */
public record Trend(Double priorRunGapTotal, Double priorRunReiTotal, double currentRunGapTotal,
                    Double exposureDeltaPercent, String label, List<TimelinePoint> timeline) {

    public record TimelinePoint(LocalDate asOfWeek, double totalGap, double totalRei, int customerCount) {}
}
