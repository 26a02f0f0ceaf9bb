package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rgo.layers.Runs.flatThen;
import static org.rgo.layers.Runs.series;

/** SPEC §4: the signals, every row of the points table on both sides of its threshold, and the tiers. */
class StructuralRiskLayerTest {

    private static StructuralRisk evaluate(Settings settings, double... spend) {
        CustomerSeries s = series(spend);
        return new StructuralRiskLayer(settings).evaluate(s, new RevenueLayer(settings).evaluate(s));
    }

    private static StructuralRisk evaluate(double... spend) {
        return evaluate(TestSettings.defaults(), spend);
    }

    /** Baseline window (6 weeks) at {@code baseline}, current window (4 weeks) at {@code current}. */
    private static double[] baselineThenCurrent(double baseline, double current) {
        double[] spend = new double[10];
        Arrays.fill(spend, 0, 6, baseline);
        Arrays.fill(spend, 6, 10, current);
        return spend;
    }

    /** Weeks 0-1 at 10, then a, b alternating for the 8-week structural window (mean 10 when a + b = 20). */
    private static double[] alternating(double a, double b) {
        return new double[]{10, 10, a, b, a, b, a, b, a, b};
    }

    @ParameterizedTest(name = "{0} decline weeks -> {1} points")
    @CsvSource({"0, 0", "1, 0", "2, 1", "3, 2", "4, 3", "5, 3"})
    void declineWeeksRows(int declines, int points) {
        // flat at 100, then `declines` steps of 0.1 down: velocity and volatility stay far below any row
        double[] tail = new double[declines];
        for (int i = 0; i < declines; i++) {
            tail[i] = 100 - 0.1 * (i + 1);
        }
        StructuralRisk risk = evaluate(flatThen(12 - declines, 100, tail));
        assertEquals(declines, risk.consecutiveDeclineWeeks());
        assertEquals(0, risk.consecutiveZeroSpendWeeks());
        assertEquals(points, risk.structuralRiskScore());
    }

    @Test
    void aDeclineMustBeStrictlyLowerThanTheWeekBefore() {
        assertEquals(0, evaluate(100, 90, 90).consecutiveDeclineWeeks());
        assertEquals(1, evaluate(100, 90, 90, 80).consecutiveDeclineWeeks());
        assertEquals(0, evaluate(5).consecutiveDeclineWeeks());
    }

    @ParameterizedTest(name = "{0} trailing zero weeks -> {1} points")
    @CsvSource({"0, 0", "1, 2", "2, 3", "3, 4", "4, 4"})
    void zeroSpendWeeksRows(int zeros, int points) {
        StructuralRisk risk = evaluate(TestSettings.onlySignal("zero-weeks"), flatThen(10, 100, new double[zeros]));
        assertEquals(zeros, risk.consecutiveZeroSpendWeeks());
        assertEquals(points, risk.structuralRiskScore());
    }

    @Test
    void onlyTrailingZeroWeeksCount() {
        assertEquals(0, evaluate(0, 0, 100).consecutiveZeroSpendWeeks());
        assertEquals(1, evaluate(0, 0, 100, 0).consecutiveZeroSpendWeeks());
        assertEquals(3, evaluate(0, 0, 0).consecutiveZeroSpendWeeks());
    }

    @ParameterizedTest(name = "baseline {0}, current {1}: v = {2} -> {3} points")
    @CsvSource({
            "100, 90, -10.0, 0",
            "100, 80.01, -19.99, 0",
            "100, 80, -20.0, 1",
            "100, 65.01, -34.99, 1",
            "100, 65, -35.0, 2",
            "100, 50.01, -49.99, 2",
            "100, 50, -50.0, 3",
            "100, 10, -90.0, 3",
            "100, 130, 30.0, 0"
    })
    void velocityRows(double baseline, double current, double reported, int points) {
        StructuralRisk risk = evaluate(TestSettings.onlySignal("velocity"), baselineThenCurrent(baseline, current));
        assertEquals(reported, risk.declineVelocityPercent());
        assertEquals(points, risk.structuralRiskScore());
    }

    @Test
    void velocityPointsUseTheUnroundedVelocity() {
        // (200.01 - 250) / 250 × 100 = -19.996: reported round2 as -20.00 but it does not reach -20
        StructuralRisk risk = evaluate(TestSettings.onlySignal("velocity"), baselineThenCurrent(250, 200.01));
        assertEquals(-20.0, risk.declineVelocityPercent());
        assertEquals(0, risk.structuralRiskScore());
    }

    @Test
    void velocityUsesTheRoundedRevenue() {
        // means 100.004 and 80.004 are stored as 100.00 and 80.00, so v = -20 exactly (1 point);
        // from the unrounded means it would be -19.9992 (0 points)
        StructuralRisk risk = evaluate(TestSettings.onlySignal("velocity"), baselineThenCurrent(100.004, 80.004));
        assertEquals(-20.0, risk.declineVelocityPercent());
        assertEquals(1, risk.structuralRiskScore());
    }

    @Test
    void velocityIsZeroWhenTheBaselineIsZero() {
        StructuralRisk risk = evaluate(baselineThenCurrent(0, 5));
        assertEquals(0.0, risk.declineVelocityPercent());
    }

    @ParameterizedTest(name = "a={0}, b={1}: volatility {2} -> {3} points")
    @CsvSource({
            // mean 10 and |a - b| / 2 away from it: population std / mean = |a - b| / 20
            "12.99, 7.01, 0.299, 0",
            "13, 7, 0.3, 1",
            "14.49, 5.51, 0.449, 1",
            "14.5, 5.5, 0.45, 2",
            "15.99, 4.01, 0.599, 2",
            "16, 4, 0.6, 3",
            "19, 1, 0.9, 3"
    })
    void volatilityRows(double a, double b, double reported, int points) {
        // with the default scales: velocity 0 (both windows average 10), one decline week, no zero week
        StructuralRisk risk = evaluate(alternating(a, b));
        assertEquals(1, risk.consecutiveDeclineWeeks());
        assertEquals(0, risk.consecutiveZeroSpendWeeks());
        assertEquals(0.0, risk.declineVelocityPercent());
        assertEquals(reported, risk.revenueVolatilityScore());
        assertEquals(points, risk.structuralRiskScore());
    }

    @Test
    void volatilityUsesEveryWeekWhenTheSeriesIsShorterThanTheStructuralWindow() {
        assertEquals(0.3, evaluate(13, 7, 13, 7).revenueVolatilityScore());
    }

    @Test
    void volatilityIsReportedRound4AndZeroForAZeroMean() {
        // last 8 = 100 ×5, 0 ×3: mean 62.5, variance (5×37.5² + 3×62.5²)/8 = 2343.75, std 48.4123 -> 0.774597
        assertEquals(0.7746, evaluate(flatThen(7, 100, 0, 0, 0)).revenueVolatilityScore());
        assertEquals(0.0, evaluate(0, 0, 0, 0).revenueVolatilityScore());
    }

    @Test
    void baselineVarianceIsTheNoiseOfTheBaselineWindow() {
        // baseline 8,12,8,12,8,12: mean 10, population std 2 -> 20 %
        StructuralRisk risk = evaluate(8, 12, 8, 12, 8, 12, 10, 10, 10, 10);
        assertEquals(20.0, risk.baselineVariancePercent());
        // last 8 = 8,12,8,12,10,10,10,10: variance 16/8 = 2, std 1.41421 / 10
        assertEquals(0.1414, risk.revenueVolatilityScore());
        assertEquals(0.0, evaluate(0, 0, 5, 5, 5, 5).baselineVariancePercent());
    }

    @Test
    void severeSeriesAddsEverySignal() {
        // 100 ×7 then 0, 0, 0: baseline 100, current 25, v = -75 (3); zero weeks 3 (4);
        // decline weeks 0 (0 is not below 0); volatility 0.7746 (3): 10 points
        StructuralRisk risk = evaluate(flatThen(7, 100, 0, 0, 0));
        assertEquals(0, risk.consecutiveDeclineWeeks());
        assertEquals(3, risk.consecutiveZeroSpendWeeks());
        assertEquals(-75.0, risk.declineVelocityPercent());
        assertEquals(10, risk.structuralRiskScore());
        assertEquals(StructuralTier.SEVERE, risk.structuralTier());
    }

    @Test
    void steadyDeclineIsSevere() {
        // 100 ×6, 80, 60, 40, 20: decline weeks 4 (3); v = (50 - 100)/100 = -50 (3);
        // last 8 = 100×4, 80, 60, 40, 20: mean 75, variance 7000/8 = 875, 29.58/75 = 0.3944 (1): 7
        StructuralRisk risk = evaluate(flatThen(6, 100, 80, 60, 40, 20));
        assertEquals(4, risk.consecutiveDeclineWeeks());
        assertEquals(-50.0, risk.declineVelocityPercent());
        assertEquals(0.3944, risk.revenueVolatilityScore());
        assertEquals(7, risk.structuralRiskScore());
        assertEquals(StructuralTier.SEVERE, risk.structuralTier());
    }

    @Test
    void velocityAndVolatilityTogetherAreHigh() {
        // 10 ×6, 6, 14, 2, 2: v = (6 - 10)/10 = -40 (2); last 8 = 10×4, 6, 14, 2, 2: mean 8,
        // variance 128/8 = 16, std 4 -> 0.5 (2); one flat week at the end, no decline: 4 points
        StructuralRisk risk = evaluate(flatThen(6, 10, 6, 14, 2, 2));
        assertEquals(0, risk.consecutiveDeclineWeeks());
        assertEquals(-40.0, risk.declineVelocityPercent());
        assertEquals(0.5, risk.revenueVolatilityScore());
        assertEquals(4, risk.structuralRiskScore());
        assertEquals(StructuralTier.HIGH, risk.structuralTier());
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"0, NONE", "1, NONE", "2, MODERATE", "3, MODERATE", "4, HIGH", "5, HIGH", "6, SEVERE", "9, SEVERE"})
    void tierBoundaries(int score, StructuralTier tier) {
        // one decline week earns exactly `score` points; the other signals cannot score
        Settings settings = TestSettings.onlySignal("decline-weeks", "rgo.structural.decline-weeks.points", "1:" + score);
        StructuralRisk risk = evaluate(settings, 10, 9);
        assertEquals(score, risk.structuralRiskScore());
        assertEquals(tier, risk.structuralTier());
    }
}
