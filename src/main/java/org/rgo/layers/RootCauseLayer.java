package org.rgo.layers;

import org.rgo.config.Settings;

import static org.rgo.layers.Rounding.round4;

/** Layer 3, SPEC §5: how much of a customer's gap overlaps stockouts, and its root cause. */
public final class RootCauseLayer {

    private final Settings settings;
    private final Settings.RootCause rules;

    public RootCauseLayer(Settings settings) {
        this.settings = settings;
        this.rules = settings.rootCause();
    }

    public Attribution evaluate(CustomerSeries series, Revenue revenue, StructuralRisk risk, StockoutCalendar calendar) {
        double baseline = revenue.baselineRevenue();
        double[] spend = series.spend();
        int gapWeeks = 0;
        int overlap = 0;
        for (int i = 0; i < series.length(); i++) {
            if (spend[i] < baseline || spend[i] == 0.0) {
                gapWeeks++;
                if (calendar.isStockout(series.store()[i], series.week()[i])) {
                    overlap++;
                }
            }
        }
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

    /** The Camel step: attribution for every at-risk customer (null for the others). */
    public Analysis apply(Analysis analysis) {
        StockoutCalendar calendar = StockoutCalendar.of(analysis.data().stock(), analysis.data().sales(), rules);
        Revenue[] revenue = analysis.revenue();
        StructuralRisk[] risk = analysis.structural();
        ExposureLayer atRisk = new ExposureLayer(settings);
        return analysis.withAttribution(PerCustomer.map(analysis.customerCount(),
                c -> atRisk.isAtRisk(revenue[c], risk[c])
                        ? evaluate(analysis.series(c), revenue[c], risk[c], calendar) : null,
                Attribution[]::new));
    }
}
