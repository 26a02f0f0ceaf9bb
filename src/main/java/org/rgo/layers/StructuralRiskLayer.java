package org.rgo.layers;

import org.rgo.config.Settings;

import static org.rgo.layers.Rounding.round2;
import static org.rgo.layers.Rounding.round4;

/** Layer 2, SPEC §4: decline and zero-spend streaks, velocity, volatility, score and tier. */
public final class StructuralRiskLayer {

    private final Windows windows;
    private final Settings.Structural rules;

    public StructuralRiskLayer(Settings settings) {
        this.windows = Windows.of(settings);
        this.rules = settings.structural();
    }

    public StructuralRisk evaluate(CustomerSeries series, Revenue revenue) {
        int n = series.length();
        int declineWeeks = consecutiveDeclineWeeks(series);
        int zeroWeeks = consecutiveZeroSpendWeeks(series);
        double baseline = revenue.baselineRevenue();
        double velocity = baseline == 0.0 ? 0.0 : (revenue.currentRevenue() - baseline) / baseline * 100.0;
        double volatility = series.coefficientOfVariation(windows.structuralFrom(n), n);
        double baselineVariance = series.coefficientOfVariation(windows.baselineFrom(n), windows.baselineTo(n)) * 100.0;
        int score = rules.declineWeeks().pointsFor(declineWeeks)
                + rules.zeroWeeks().pointsFor(zeroWeeks)
                + rules.velocity().pointsFor(velocity)
                + rules.volatility().pointsFor(volatility);
        return new StructuralRisk(declineWeeks, zeroWeeks, round2(velocity), round4(volatility),
                round2(baselineVariance), score, tier(score));
    }

    private StructuralTier tier(int score) {
        if (score >= rules.severeScore()) {
            return StructuralTier.SEVERE;
        }
        if (score >= rules.highScore()) {
            return StructuralTier.HIGH;
        }
        return score >= rules.moderateScore() ? StructuralTier.MODERATE : StructuralTier.NONE;
    }

    static int consecutiveDeclineWeeks(CustomerSeries series) {
        int count = 0;
        for (int i = series.length() - 1; i > 0 && series.spend(i) < series.spend(i - 1); i--) {
            count++;
        }
        return count;
    }

    static int consecutiveZeroSpendWeeks(CustomerSeries series) {
        int count = 0;
        for (int i = series.length() - 1; i >= 0 && series.spend(i) == 0.0; i--) {
            count++;
        }
        return count;
    }

    /** The route step: structural risk of every customer of the chunk at every cut. */
    public Chunk apply(Chunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            for (int k = 0; k < chunk.cuts(); k++) {
                CustomerSeries series = chunk.series(i, k);
                if (series == null) {
                    break;
                }
                chunk.setStructural(i, k, evaluate(series, chunk.revenue(i, k)));
            }
        }
        return chunk;
    }
}
