package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rgo.layers.Runs.series;

/** SPEC §3 with CW = 4, BW = 6. */
class RevenueLayerTest {

    private final RevenueLayer layer = new RevenueLayer(TestSettings.defaults());

    private static void assertRevenue(Revenue r, double current, double baseline, double gap, double decline) {
        assertEquals(current, r.currentRevenue(), "current_revenue");
        assertEquals(baseline, r.baselineRevenue(), "baseline_revenue");
        assertEquals(gap, r.gapAmount(), "gap_amount");
        assertEquals(decline, r.declinePercent(), "decline_percent");
    }

    @Test
    void shorterThanTheCurrentWindowUsesAllWeeksForBoth() {
        // n = 3 < CW: current = baseline = (10 + 20 + 30) / 3
        assertRevenue(layer.evaluate(series(10, 20, 30)), 20, 20, 0, 0);
    }

    @Test
    void exactlyTheCurrentWindowStillUsesAllWeeksForTheBaseline() {
        // n = 4 is not > CW, so the baseline is all weeks too: 25 and 25
        assertRevenue(layer.evaluate(series(10, 20, 30, 40)), 25, 25, 0, 0);
    }

    @Test
    void oneWeekBeforeTheCurrentWindowIsTheWholeBaseline() {
        // n = 5: baseline = week 0 = 50, current = 10; decline = 40 / 50 = 80 %
        assertRevenue(layer.evaluate(series(50, 10, 10, 10, 10)), 10, 50, 40, 80);
    }

    @Test
    void betweenCwAndCwPlusBwTheBaselineIsEveryWeekBeforeTheCurrentWindow() {
        // n = 7: baseline = (30 + 60 + 90) / 3 = 60, current 20, gap 40, decline 40/60 = 66.666…
        assertRevenue(layer.evaluate(series(30, 60, 90, 20, 20, 20, 20)), 20, 60, 40, 66.67);
        // n = 9 = CW + BW - 1: baseline = first 5 weeks = (10+20+30+40+50)/5 = 30
        assertRevenue(layer.evaluate(series(10, 20, 30, 40, 50, 24, 24, 24, 24)), 24, 30, 6, 20);
    }

    @Test
    void atCwPlusBwTheBaselineIsTheSixWeeksBeforeTheCurrentWindow() {
        // n = 10: baseline = weeks 0..5 = (10+20+30+40+50+60)/6 = 35; current = (7+7+7+7)/4 = 7
        assertRevenue(layer.evaluate(series(10, 20, 30, 40, 50, 60, 7, 7, 7, 7)), 7, 35, 28, 80);
    }

    @Test
    void longerSeriesIgnoreWeeksBeforeTheBaselineWindow() {
        // n = 12: weeks 0 and 1 (1000) are outside; baseline = weeks 2..7 = 10, current 4
        double[] spend = {1000, 1000, 10, 10, 10, 10, 10, 10, 4, 4, 4, 4};
        assertRevenue(layer.evaluate(series(spend)), 4, 10, 6, 60);
    }

    @Test
    void gapAndDeclineComeFromTheUnroundedMeans() {
        // baseline 10.006, current 5.004: gap = round2(5.002) = 5.00, decline = round2(49.990…) = 49.99.
        // From the rounded means (10.01, 5.00) they would be 5.01 and 50.05.
        assertRevenue(layer.evaluate(series(10.006, 5.004, 5.004, 5.004, 5.004)), 5.0, 10.01, 5.0, 49.99);
    }

    @Test
    void growthHasNoGapAndANegativeDecline() {
        // (10 - 20) / 10 × 100 = -100
        assertRevenue(layer.evaluate(series(10, 20, 20, 20, 20)), 20, 10, 0, -100);
    }

    @Test
    void zeroBaselineGivesZeroDeclineWhenThereIsNoGap() {
        // baseline = weeks 0..1 = 0: the gap max(0, 0 - 5) is 0, so decline is 0 (not -inf)
        assertRevenue(layer.evaluate(series(0, 0, 5, 5, 5, 5)), 5, 0, 0, 0);
        assertRevenue(layer.evaluate(series(0, 0, 0, 0, 0, 0)), 0, 0, 0, 0);
    }

    @Test
    void tierIsStandardWithoutAHighValueRow() {
        assertEquals(Tier.STANDARD, layer.evaluate(series(10, 10, 10)).tier());
    }

    @Test
    void tierIsHighWhenAnyRowIsHighValue() {
        CustomerSeries s = new CustomerSeries(new double[]{10, 10, 10, 10, 10}, new int[5],
                new int[]{0, 1, 2, 3, 4}, 0, 5, 2, false);
        assertEquals(Tier.HIGH, layer.evaluate(s).tier());
    }

    @Test
    void aLoyalHighCustomerIsStrategicOnlyWhenConfigured() {
        CustomerSeries loyalHigh = new CustomerSeries(new double[]{10, 10}, new int[2],
                new int[]{0, 1}, 0, 2, 0, true);
        CustomerSeries loyalStandard = new CustomerSeries(new double[]{10, 10}, new int[2], new int[]{0, 1}, 0, 2, CustomerSeries.NEVER, true);
        CustomerSeries notLoyalHigh = new CustomerSeries(new double[]{10, 10}, new int[2],
                new int[]{0, 1}, 0, 2, 0, false);
        RevenueLayer strategic = new RevenueLayer(TestSettings.with("rgo.tier.strategic-when-loyal", "true"));

        assertEquals(Tier.HIGH, layer.evaluate(loyalHigh).tier());
        assertEquals(Tier.STRATEGIC, strategic.evaluate(loyalHigh).tier());
        assertEquals(Tier.STANDARD, strategic.evaluate(loyalStandard).tier());
        assertEquals(Tier.HIGH, strategic.evaluate(notLoyalHigh).tier());
    }

    @Test
    void aSeriesCutBeforeItsFirstHighValueRowIsStandard() {
        // the data cut at week 2 has no high-value row yet (SPEC §8: rows after the cut are dropped)
        CustomerSeries s = new CustomerSeries(new double[]{10, 10, 10, 10, 10}, new int[5],
                new int[]{0, 1, 2, 3, 4}, 0, 5, 3, false);
        assertEquals(Tier.STANDARD, layer.evaluate(s.upTo(2)).tier());
        assertEquals(Tier.HIGH, layer.evaluate(s.upTo(3)).tier());
    }

    @Test
    void tierFromTheExportsHighIfAnyRowSaysSoStrategicWhenLoyal(@TempDir Path dir) {
        ExportFiles files = new ExportFiles(dir)
                .customer("loyal", true, "north")
                .customer("plain", false, "north")
                // only the first row of each is flagged high value
                .sale("loyal", 0, 10, "S1", true, "grocery").sale("loyal", 1, 10, "S1", false, "grocery")
                .sale("plain", 0, 10, "S1", true, "grocery").sale("plain", 1, 10, "S1", false, "grocery")
                .series("never", "S1", 10, 10);
        Settings strategic = TestSettings.with("rgo.tier.strategic-when-loyal", "true");
        Analysis a = Runs.analyse(strategic, files.dataset(strategic));
        RevenueLayer revenue = new RevenueLayer(strategic);

        assertEquals(Tier.STRATEGIC, revenue.evaluate(Runs.series(a, "loyal")).tier());
        assertEquals(Tier.HIGH, revenue.evaluate(Runs.series(a, "plain")).tier());
        assertEquals(Tier.STANDARD, revenue.evaluate(Runs.series(a, "never")).tier());
    }
}
