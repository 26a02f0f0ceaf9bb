package org.rgo.layers;

/**
 * The exposure against the size of the business (issue 12): the weekly revenue of every customer
 * in the sales file (at risk or not), as the sum of their rounded current_revenue and
 * baseline_revenue (SPEC §3), and the run's total gap, total REI and top-N recovery upside as
 * percentages. A percentage is null when what it divides by is 0.
 */
public record PortfolioRevenue(long customers, double currentWeeklyRevenue, double baselineWeeklyRevenue,
                               Double currentVsBaselinePercent, double totalGap, double totalRei,
                               Double gapPercentOfBaseline, Double reiPercentOfBaseline,
                               Double gapPercentOfCurrent, Double reiPercentOfCurrent,
                               double recoveryUpsideTopN, Double recoveryUpsidePercentOfGap) {}
