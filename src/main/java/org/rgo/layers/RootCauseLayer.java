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
        return attribution(revenue, risk, gapWeeks, overlap);
    }

    /** SPEC §5: a week of the series is a gap week when its spend is below the (rounded) baseline or 0. */
    static boolean isGapWeek(double spend, double baseline) {
        return spend < baseline || spend == 0.0;
    }

    /**
     * SPEC §5's flags and root cause from a customer's number of gap weeks and how many of them
     * were stockout store-weeks: the one place the rule is written, also for the what-if of a
     * calendar without some store's stockouts.
     */
    Attribution attribution(Revenue revenue, StructuralRisk risk, int gapWeeks, int overlap) {
        double share = gapWeeks == 0 ? 0.0 : round4((double) overlap / gapWeeks);
        boolean hasGap = revenue.gapAmount() > 0.0;
        boolean operational = hasGap && overlap >= 1 && share >= rules.stockoutShare();
        boolean mixed = operational && risk.structuralTier().isHighOrSevere();
        return new Attribution(overlap, share, overlap >= 1, hasGap && overlap == 0, mixed,
                rootCause(risk, overlap, operational, mixed));
    }

    private RootCause rootCause(StructuralRisk risk, int overlap, boolean operational, boolean mixed) {
        if (risk.consecutiveZeroSpendWeeks() >= rules.churnZeroWeeks() && overlap == 0) {
            return RootCause.BEHAVIORAL_CHURN;
        }
        if (operational) {
            return mixed && rules.mixed() ? RootCause.MIXED_OPERATIONAL_STRUCTURAL : RootCause.OPERATIONAL_STOCKOUT;
        }
        return risk.structuralTier().isHighOrSevere() ? RootCause.STRUCTURAL_DECLINE : RootCause.DEMAND_SOFTNESS;
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
