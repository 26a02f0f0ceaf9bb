package org.rgo.layers;

import org.rgo.config.Settings;

import static org.rgo.layers.Rounding.round2;

/** Layer 4, SPEC §6: churn bucket, recurrence and the Revenue Exposure Index. */
public final class ExposureLayer {

    private final Settings.Exposure rules;
    private final RevenueLayer revenueLayer;

    public ExposureLayer(Settings settings) {
        this.rules = settings.exposure();
        this.revenueLayer = new RevenueLayer(settings);
    }

    /** REI of one customer; {@code withRecurrence} false gives the trend's recurrence-free measure. */
    public Exposure evaluate(Revenue revenue, StructuralRisk risk, int recurrenceScore, boolean withRecurrence) {
        ChurnRiskBucket churn = churnRiskBucket(risk.consecutiveZeroSpendWeeks());
        double combined = churnMultiplier(churn) * structuralMultiplier(risk.structuralTier()) * tierMultiplier(revenue.tier());
        if (withRecurrence) {
            combined *= rules.recurrenceMultipliers()[recurrenceScore - 1];
        }
        combined = Math.min(rules.cap(), combined);
        double rei = revenue.gapAmount() == 0.0 ? 0.0 : round2(revenue.gapAmount() * combined);
        return new Exposure(churn, recurrenceScore, combined, rei);
    }

    /** SPEC §6: at risk when there is a gap or at least one trailing zero-spend week. */
    public boolean isAtRisk(Revenue revenue, StructuralRisk risk) {
        return revenue.gapAmount() > 0.0 || risk.consecutiveZeroSpendWeeks() >= rules.mediumZeroWeeks();
    }

    /** 1 + the number of the previous as-of weeks (cuts of the series) in which the customer had a gap. */
    public int recurrenceScore(CustomerSeries series, int asOfWeek) {
        int score = 1;
        for (int back = 1; back <= rules.recurrenceWeeks(); back++) {
            CustomerSeries cut = series.upTo(asOfWeek - back);
            if (!cut.isEmpty() && revenueLayer.evaluate(cut).gapAmount() > 0.0) {
                score++;
            }
        }
        return score;
    }

    ChurnRiskBucket churnRiskBucket(int zeroWeeks) {
        if (zeroWeeks >= rules.criticalZeroWeeks()) {
            return ChurnRiskBucket.CRITICAL;
        }
        if (zeroWeeks >= rules.highZeroWeeks()) {
            return ChurnRiskBucket.HIGH;
        }
        return zeroWeeks >= rules.mediumZeroWeeks() ? ChurnRiskBucket.MEDIUM : ChurnRiskBucket.LOW;
    }

    private double churnMultiplier(ChurnRiskBucket bucket) {
        return switch (bucket) {
            case LOW -> rules.churnLow();
            case MEDIUM -> rules.churnMedium();
            case HIGH -> rules.churnHigh();
            case CRITICAL -> rules.churnCritical();
        };
    }

    private double structuralMultiplier(StructuralTier tier) {
        return switch (tier) {
            case NONE -> rules.structuralNone();
            case MODERATE -> rules.structuralModerate();
            case HIGH -> rules.structuralHigh();
            case SEVERE -> rules.structuralSevere();
        };
    }

    private double tierMultiplier(Tier tier) {
        return switch (tier) {
            case STANDARD -> rules.tierStandard();
            case HIGH -> rules.tierHigh();
            case STRATEGIC -> rules.tierStrategic();
        };
    }

    /** The Camel step: exposure for every at-risk customer (null for the others). */
    public Analysis apply(Analysis analysis) {
        Revenue[] revenue = analysis.revenue();
        StructuralRisk[] risk = analysis.structural();
        int asOfWeek = analysis.data().sales().asOfWeek();
        return analysis.withExposure(PerCustomer.map(analysis.customerCount(), c -> {
            if (!isAtRisk(revenue[c], risk[c])) {
                return null;
            }
            int recurrence = recurrenceScore(analysis.series(c), asOfWeek);
            return evaluate(revenue[c], risk[c], recurrence, rules.recurrence());
        }, Exposure[]::new));
    }
}
