package org.rgo.layers;

import org.rgo.config.Settings;

import static org.rgo.layers.Rounding.round2;

/** Layer 4, SPEC §6: churn bucket, recurrence and the Revenue Exposure Index. */
public final class ExposureLayer {

    private final Settings.Exposure rules;

    public ExposureLayer(Settings settings) {
        this.rules = settings.exposure();
    }

    /**
     * REI of one customer. The recurrence term enters {@code exposureIndex} only with
     * rgo.rei.recurrence; {@code trendExposureIndex} never has it (SPEC §8).
     */
    public Exposure evaluate(Revenue revenue, StructuralRisk risk, int recurrenceScore) {
        ChurnRiskBucket churn = churnRiskBucket(risk.consecutiveZeroSpendWeeks());
        double base = churnMultiplier(churn) * structuralMultiplier(risk.structuralTier()) * tierMultiplier(revenue.tier());
        double withRecurrence = rules.recurrence() ? base * rules.recurrenceMultipliers()[recurrenceScore - 1] : base;
        double combined = Math.min(rules.cap(), withRecurrence);
        return new Exposure(churn, recurrenceScore, combined, rei(revenue, combined),
                rei(revenue, Math.min(rules.cap(), base)));
    }

    private static double rei(Revenue revenue, double combined) {
        return revenue.gapAmount() == 0.0 ? 0.0 : round2(revenue.gapAmount() * combined);
    }

    /** 1 + the number of the previous as-of weeks (cuts 1..n of the chunk) in which the customer had a gap. */
    int recurrenceScore(Chunk chunk, int i) {
        int score = 1;
        for (int back = 1; back <= rules.recurrenceWeeks(); back++) {
            if (chunk.series(i, back) != null && chunk.revenue(i, back).gapAmount() > 0.0) {
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

    /** The route step: exposure of every at-risk customer of the chunk at every cut; recurrence counts at cut 0. */
    public Chunk apply(Chunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            for (int k = 0; k < chunk.cuts(); k++) {
                if (chunk.atRisk(i, k)) {
                    chunk.setExposure(i, k, evaluate(chunk.revenue(i, k), chunk.structural(i, k),
                            k == 0 ? recurrenceScore(chunk, i) : 1));
                }
            }
        }
        return chunk;
    }
}
