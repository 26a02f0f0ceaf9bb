package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** SPEC §8: prior totals, delta, label boundaries and the timeline. */
class TrendLayerTest {

    @TempDir
    Path dir;

    private static Analysis analyse(Settings settings, ExportFiles files) {
        return Runs.analyse(settings, files.dataset(settings));
    }

    /**
     * Weeks 0-6 at 1000, then 900, 900, 800, then {@code lastWeek}. At the previous as-of week (9):
     * baseline 1000, current (1000+900+900+800)/4 = 900, gap 100, tier none, REI 100 × 1.05 = 105.
     * At week 10: current (2600 + lastWeek)/4, still tier none and churn low.
     */
    @ParameterizedTest(name = "last week {0}: gap {1}, REI {2}, delta {3} -> {4}")
    @CsvSource({
            // gap 95, REI 99.75: (99.75 - 105) / 105 = -5 %
            "1020, 95.0, 99.75, -5.0, Improving",
            // gap 95.01, REI 99.7605 -> 99.76: -4.990… %
            "1019.96, 95.01, 99.76, -4.99, Stable",
            // gap 105, REI 110.25: +5 %
            "980, 105.0, 110.25, 5.0, Declining",
            // gap 104.99, REI 110.2395 -> 110.24: +4.990… %
            "980.04, 104.99, 110.24, 4.99, Stable",
            "1000, 100.0, 105.0, 0.0, Stable"
    })
    void deltaAndLabelAtTheFivePercentBoundaries(double lastWeek, double gap, double rei, double delta, String label) {
        Analysis a = analyse(TestSettings.defaults(),
                new ExportFiles(dir).series("c", "S1", flatThen(7, 1000, 900, 900, 800, lastWeek)));
        Trend t = a.trend();
        assertEquals(100.0, t.priorRunGapTotal());
        assertEquals(105.0, t.priorRunReiTotal());
        assertEquals(gap, t.currentRunGapTotal());
        assertEquals(rei, a.portfolio().totalRei());
        assertEquals(delta, t.exposureDeltaPercent());
        assertEquals(label, t.label());
    }

    @Test
    void oneWeekOfDataHasNoPriorAndNoDelta() {
        Analysis a = analyse(TestSettings.defaults(), new ExportFiles(dir).series("c", "S1", 0));
        Trend t = a.trend();
        assertNull(t.priorRunGapTotal());
        assertNull(t.priorRunReiTotal());
        assertNull(t.exposureDeltaPercent());
        assertEquals("Stable", t.label());
        assertEquals(1, t.timeline().size());
        // one zero week: at risk, but no gap
        assertEquals(1, t.timeline().get(0).customerCount());
    }

    @Test
    void aPriorWeekWithoutExposureGivesNoDelta() {
        // flat until week 9, so the previous as-of week had nobody at risk
        Analysis a = analyse(TestSettings.defaults(), new ExportFiles(dir).series("c", "S1", flatThen(10, 100, 40)));
        Trend t = a.trend();
        assertEquals(0.0, t.priorRunGapTotal());
        assertEquals(0.0, t.priorRunReiTotal());
        assertNull(t.exposureDeltaPercent());
        assertEquals("Stable", t.label());
        assertEquals(15.0, t.currentRunGapTotal());
    }

    @Test
    void timelineHasTheLastTwelveWeeksNewestFirstStartingWithTheRunTotals() {
        ExportFiles files = randomExports(new ExportFiles(dir), 14, 7L);
        Analysis a = analyse(TestSettings.defaults(), files);
        Trend t = a.trend();
        assertEquals(12, t.timeline().size());
        for (int k = 0; k < 12; k++) {
            assertEquals(ExportFiles.WEEK0.plusWeeks(13 - k), t.timeline().get(k).asOfWeek());
        }
        Trend.TimelinePoint now = t.timeline().get(0);
        assertEquals(a.portfolio().totalGap(), now.totalGap());
        assertEquals(a.portfolio().totalRei(), now.totalRei());
        assertEquals(a.portfolio().customerCountWithGaps(), now.customerCount());
        assertEquals(t.timeline().get(1).totalGap(), t.priorRunGapTotal());
        assertEquals(t.timeline().get(1).totalRei(), t.priorRunReiTotal());
    }

    @Test
    void fewerWeeksThanTheTimelineGiveOnePointPerWeek() {
        Analysis a = analyse(TestSettings.defaults(), new ExportFiles(dir).series("c", "S1", 10, 5, 0));
        assertEquals(3, a.trend().timeline().size());
        assertEquals(ExportFiles.WEEK0, a.trend().timeline().get(2).asOfWeek());
    }

    /** Each timeline point is the whole model run on the data cut at that week (rows after it dropped). */
    @Test
    void everyTimelinePointEqualsAFreshRunOnTheCutData() throws Exception {
        checkTimelineAgainstCuts(TestSettings.defaults());
    }

    @Test
    void everyTimelinePointEqualsAFreshRunOnTheCutDataWithoutFilling() throws Exception {
        checkTimelineAgainstCuts(TestSettings.with("rgo.sales.fill-missing-weeks", "false"));
    }

    private void checkTimelineAgainstCuts(Settings settings) throws Exception {
        int weeks = 14;
        Analysis full = analyse(settings, randomExports(new ExportFiles(dir.resolve("full")), weeks, 11L));
        // the data must give the comparison something to compare: many at risk, totals that move
        assertTrue(full.portfolio().customerCountWithGaps() >= 8, "at risk: " + full.portfolio().customerCountWithGaps());
        assertTrue(full.trend().timeline().stream().map(Trend.TimelinePoint::totalRei).distinct().count() >= 8);
        for (int k = 0; k < full.trend().timeline().size(); k++) {
            Path cutDir = Files.createDirectories(dir.resolve("cut" + k));
            Analysis cut = analyse(settings, randomExports(new ExportFiles(cutDir), weeks - k, 11L));
            Trend.TimelinePoint point = full.trend().timeline().get(k);
            assertEquals(cut.portfolio().totalGap(), point.totalGap(), "total_gap at cut " + k);
            assertEquals(cut.portfolio().totalRei(), point.totalRei(), "total_rei at cut " + k);
            assertEquals(cut.portfolio().customerCountWithGaps(), point.customerCount(), "count at cut " + k);
        }
    }

    @Test
    void trendReiNeverCarriesTheRecurrenceTerm() {
        // 10 ×6, 6, 14, 2, 2: REI 5.25 without recurrence, 6.30 with it (score 3)
        ExportFiles files = new ExportFiles(dir).series("c", "S1", flatThen(6, 10, 6, 14, 2, 2));
        Analysis a = analyse(TestSettings.with("rgo.rei.recurrence", "true"), files);
        assertEquals(6.3, a.portfolio().totalRei());
        assertEquals(5.25, a.trend().timeline().get(0).totalRei());
        assertNotEquals(a.portfolio().totalRei(), a.trend().timeline().get(0).totalRei());
    }

    @Test
    void priorTotalsDoNotDependOnTheTimelineLength() {
        // SPEC §8 defines the prior run by the previous as-of week, whatever the timeline's length
        Analysis a = analyse(TestSettings.with("rgo.trend.timeline-weeks", "1"),
                new ExportFiles(dir).series("c", "S1", flatThen(7, 1000, 900, 900, 800, 1020)));
        assertEquals(1, a.trend().timeline().size());
        assertEquals(100.0, a.trend().priorRunGapTotal());
        assertEquals(105.0, a.trend().priorRunReiTotal());
        assertEquals(-5.0, a.trend().exposureDeltaPercent());
        assertEquals("Improving", a.trend().label());
    }

    @Test
    void withRecurrenceOnTheDeltaComparesRecurrenceFreeReiOfBothWeeks() {
        // 10 ×6, 6, 14, 2, 2. Now: REI 5.25 without recurrence (6.30 with it).
        // Previous week (10 ×6, 6, 14, 2): baseline 10, current (10+6+14+2)/4 = 8, gap 2; v = -20 (1),
        // volatility over 10 ×5, 6, 14, 2: mean 9, variance 88/8 = 11, 3.3166/9 = 0.3685 (1): moderate;
        // REI 2 × 1.05 × 1.10 = 2.31. "Trend figures use REI without the recurrence term, so every week
        // is measured the same way": (5.25 - 2.31) / 2.31 = 127.27 %, not (6.30 - 2.31) / 2.31 = 172.73 %.
        Analysis a = analyse(TestSettings.with("rgo.rei.recurrence", "true"),
                new ExportFiles(dir).series("c", "S1", flatThen(6, 10, 6, 14, 2, 2)));
        assertEquals(2.31, a.trend().priorRunReiTotal());
        assertEquals(127.27, a.trend().exposureDeltaPercent());
    }

    /**
     * Thirty customers over {@code weeks} weeks (the same data for any {@code weeks}, cut after it):
     * random spend, missing weeks, late joiners, store changes, a high-value flag and stockouts.
     */
    static ExportFiles randomExports(ExportFiles files, int weeks, long seed) {
        Random random = new Random(seed);
        for (int c = 0; c < 30; c++) {
            String id = "C" + c;
            int firstWeek = random.nextInt(6);
            double level = 20 + random.nextInt(200);
            String store = "S" + random.nextInt(3);
            for (int w = firstWeek; w < 14; w++) {
                boolean missing = random.nextInt(8) == 0;
                double spend = random.nextInt(5) == 0 ? 0 : Math.round(level * (0.3 + random.nextDouble()) * 100) / 100.0;
                if (random.nextInt(10) == 0) {
                    store = "S" + random.nextInt(3);
                }
                boolean high = random.nextInt(15) == 0;
                if (w < weeks && !missing) {
                    files.sale(id, w, spend, store, high, "grocery");
                }
            }
        }
        for (int w = 0; w < 14; w++) {
            for (int s = 0; s < 3; s++) {
                boolean out = random.nextInt(4) == 0;
                if (w < weeks) {
                    files.stock("S" + s, w, "SKU-1", out ? 0 : 7);
                }
            }
        }
        // every week is on the axis even if the random rows skipped it
        for (int w = 0; w < weeks; w++) {
            files.sale("ANCHOR", w, 50, "S0");
        }
        return files;
    }
}
