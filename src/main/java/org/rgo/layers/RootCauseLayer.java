package org.rgo.layers;

import org.rgo.config.Settings;

import static org.rgo.layers.Rounding.round4;

/** Layer 3, SPEC §5: how much of a customer's gap overlaps stockouts, and its root cause. */
public final class RootCauseLayer {

    private final Settings.RootCause rules;

    public RootCauseLayer(Settings settings) {
        this.rules = settings.rootCause();
    }

    public Attribution evaluate(CustomerSeries series, Revenue revenue, StructuralRisk risk, StockoutCalendar calendar) {
        double baseline = revenue.baselineRevenue();
        int gapWeeks = 0;
        int overlap = 0;
        for (int i = 0; i < series.length(); i++) {
            if (isGapWeek(series.spend(i), baseline)) {
                gapWeeks++;
                if (calendar.isStockout(series.store(i), series.week(i))) {
                    overlap++;
                }
            }
        }
        boolean mixed = isOperational(revenue, gapWeeks, overlap) && risk.structuralTier().isHighOrSevere();
        return new Attribution(overlap == 0 ? StockoutWeeks.NONE : overlapWeeks(series, baseline, calendar, overlap),
                share(gapWeeks, overlap), overlap >= 1, revenue.gapAmount() > 0.0 && overlap == 0, mixed,
                rootCause(revenue, risk, gapWeeks, overlap));
    }

    /** SPEC §5: a gap week has spend below the (rounded) baseline, or no spend. */
    static boolean isGapWeek(double spend, double baseline) {
        return spend < baseline || spend == 0.0;
    }

    private static double share(int gapWeeks, int overlap) {
        return gapWeeks == 0 ? 0.0 : round4((double) overlap / gapWeeks);
    }

    /** SPEC §5 rule 2's operational condition. */
    private boolean isOperational(Revenue revenue, int gapWeeks, int overlap) {
        return revenue.gapAmount() > 0.0 && overlap >= 1 && share(gapWeeks, overlap) >= rules.stockoutShare();
    }

    /**
     * SPEC §5's root cause from a customer's number of gap weeks and how many of them were stockout
     * store-weeks: the one place the rule is written, also for the what-if of a calendar without
     * some store's stockouts (issue 12).
     */
    RootCause rootCause(Revenue revenue, StructuralRisk risk, int gapWeeks, int overlap) {
        if (risk.consecutiveZeroSpendWeeks() >= rules.churnZeroWeeks() && overlap == 0) {
            return RootCause.BEHAVIORAL_CHURN;
        }
        if (isOperational(revenue, gapWeeks, overlap)) {
            return risk.structuralTier().isHighOrSevere() && rules.mixed() ? RootCause.MIXED_OPERATIONAL_STRUCTURAL
                    : RootCause.OPERATIONAL_STOCKOUT;
        }
        return risk.structuralTier().isHighOrSevere() ? RootCause.STRUCTURAL_DECLINE : RootCause.DEMAND_SOFTNESS;
    }

    /**
     * The {@code overlap} gap weeks that are stockout store-weeks, each at its own store: the same
     * test as the count above, run again only for the few customers that have any.
     */
    private static StockoutWeeks overlapWeeks(CustomerSeries series, double baseline, StockoutCalendar calendar,
                                              int overlap) {
        int[] pairs = new int[2 * overlap];
        int at = 0;
        for (int i = 0; i < series.length(); i++) {
            if (isGapWeek(series.spend(i), baseline) && calendar.isStockout(series.store(i), series.week(i))) {
                pairs[at++] = series.store(i);
                pairs[at++] = series.week(i);
            }
        }
        return StockoutWeeks.of(pairs);
    }

    /** The route step: attribution of every at-risk customer of the chunk, this week and the prior one. */
    public Chunk apply(Chunk chunk) {
        StockoutCalendar calendar = chunk.model().calendar();
        for (int i = 0; i < chunk.size(); i++) {
            for (int k = 0; k < chunk.attributedCuts(); k++) {
                if (chunk.atRisk(i, k)) {
                    chunk.setAttribution(i, k, evaluate(chunk.series(i, k), chunk.revenue(i, k),
                            chunk.structural(i, k), calendar));
                }
            }
        }
        return chunk;
    }
}
