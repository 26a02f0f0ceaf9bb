package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** What moved (issue 12): the REI change between the prior week and this one, split three ways, summing to it. */
class DriversLayerTest {

    @TempDir
    Path dir;

    /**
     * Eleven weeks (0-10); the prior as-of week is 9. SPEC §3-6 by hand, every customer churn low,
     * structural none:
     * <ul>
     *   <li>A (S1): 1000 ×7, 900, 900, 800, 980. Week 9: gap 100, REI 105.00; week 10: current 895,
     *       gap 105, REI 110.25. Demand softness both weeks: +5.25.</li>
     *   <li>B (S2): 100 ×10, then 40 with a stockout at S2 in week 10. Week 9 flat, not at risk;
     *       week 10 gap 15, its one gap week a stockout: operational, REI 15.75. Entered.</li>
     *   <li>C, 9 and 10 (S1): 100 ×9, 60, 140. Week 9: gap 10, REI 10.50, demand; week 10: current
     *       (100+100+60+140)/4 = 100 = baseline: not at risk. Left, three of them with the same change.</li>
     *   <li>D (high value): 200 ×9 at S1, 150 at S1, 150 at S3. Week 9: gap 12.50, REI 12.5 × 1.05 ×
     *       1.25 = 16.41 at S1; week 10: gap 25, REI 32.81 at S3. Demand both weeks: +16.40.</li>
     * </ul>
     * Before: 105 + 3 × 10.50 + 16.41 = 152.91; now: 110.25 + 15.75 + 32.81 = 158.81; delta +5.90.
     */
    private Analysis handMade(Settings settings) {
        ExportFiles files = new ExportFiles(dir)
                .series("A", "S1", flatThen(7, 1000, 900, 900, 800, 980))
                .series("B", "S2", flatThen(10, 100, 40)).stockout("S2", 10)
                .series("C", "S1", flatThen(9, 100, 60, 140))
                .series("9", "S1", flatThen(9, 100, 60, 140))
                .series("10", "S1", flatThen(9, 100, 60, 140));
        for (int w = 0; w <= 10; w++) {
            files.sale("D", w, w < 9 ? 200 : 150, w < 10 ? "S1" : "S3", true, "grocery");
        }
        return Runs.analyse(settings, files.dataset(settings));
    }

    @Test
    void theDeltaSplitByRootCauseTierAndStoreToTheCent() {
        Drivers d = handMade(TestSettings.defaults()).insights().drivers();

        assertEquals(ExportFiles.WEEK0.plusWeeks(9), d.priorWeek());
        assertEquals(152.91, d.priorRei());
        assertEquals(158.81, d.currentRei());
        assertEquals(5.9, d.delta());
        // largest change either way first
        assertEquals(List.of(Map.entry("operational_stockout", 15.75), Map.entry("demand_softness", -9.85)),
                List.copyOf(d.byRootCause().entrySet()));
        assertEquals(List.of(Map.entry("high", 16.4), Map.entry("standard", -10.5)), List.copyOf(d.byTier().entrySet()));
        assertEquals(List.of(Map.entry("S1", -42.66), Map.entry("S3", 32.81), Map.entry("S2", 15.75)),
                List.copyOf(d.byStore().entrySet()));
        assertEquals(new Drivers.Group(1, 0.0, 15.75), d.entered());
        assertEquals(new Drivers.Group(3, 31.5, 0.0), d.left());
        assertEquals(new Drivers.Group(2, 121.41, 143.06), d.continuing());
        assertEquals(21.65, d.continuing().change());
    }

    @Test
    void moversAreTheLargestChangesEitherWayTiesByCustomerId() {
        Drivers d = handMade(TestSettings.defaults()).insights().drivers();

        assertEquals(List.of("D", "B", "9", "10", "C", "A"), d.movers().stream().map(Drivers.Mover::customerId).toList());
        assertEquals(new Drivers.Mover("D", "S3", 16.41, 32.81, 16.4, RootCause.DEMAND_SOFTNESS,
                RootCause.DEMAND_SOFTNESS), d.movers().get(0));
        assertEquals("up", d.movers().get(0).movement());
        assertEquals(new Drivers.Mover("B", "S2", 0.0, 15.75, 15.75, null, RootCause.OPERATIONAL_STOCKOUT),
                d.movers().get(1));
        assertEquals("entered", d.movers().get(1).movement());
        assertEquals(new Drivers.Mover("9", "S1", 10.5, 0.0, -10.5, RootCause.DEMAND_SOFTNESS, null), d.movers().get(2));
        assertEquals("left", d.movers().get(2).movement());
    }

    @Test
    void theDeltaIsTheTimelinesAndTheTrendsOwn() {
        Analysis a = handMade(TestSettings.defaults());
        Drivers d = a.insights().drivers();
        assertEquals(a.trend().timeline().get(0).totalRei(), d.currentRei());
        assertEquals(a.trend().priorRunReiTotal(), d.priorRei());
    }

    @Test
    void onlyTheTenLargestMoversAreKept() {
        ExportFiles files = new ExportFiles(dir);
        for (int c = 1; c <= 14; c++) {
            // customer c: 100 ×10, then 100 - c: gap c/4, REI c/4 × 1.05, entered this week
            files.series("E" + c, "S1", flatThen(10, 100, 100 - c));
        }
        Drivers d = Runs.analyse(TestSettings.defaults(), files.dataset(TestSettings.defaults())).insights().drivers();
        assertEquals(List.of("E14", "E13", "E12", "E11", "E10", "E9", "E8", "E7", "E6", "E5"),
                d.movers().stream().map(Drivers.Mover::customerId).toList());
        assertEquals(14, d.entered().customers());
    }

    @Test
    void oneWeekOfDataHasNoDrivers() {
        Analysis a = Runs.analyse(TestSettings.defaults(), new ExportFiles(dir).series("c", "S1", 0).dataset(
                TestSettings.defaults()));
        assertNull(a.insights().drivers());
    }

    /**
     * The checker's reading: the drivers of a run are this run's exposure_by_* minus those of a run
     * on the data cut one week earlier, each a fresh run through the real reader (recurrence off,
     * so REI is the trend's).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 12L, 13L})
    void eachSplitIsThisRunsExposureMinusTheExposureOfARunOnTheDataCutAWeekEarlier(long seed) throws Exception {
        Settings settings = TestSettings.defaults();
        Analysis now = Runs.analyse(settings, TrendLayerTest.randomExports(
                new ExportFiles(dir.resolve("now")), 14, seed).dataset(settings));
        Analysis before = Runs.analyse(settings, TrendLayerTest.randomExports(
                new ExportFiles(dir.resolve("before")), 13, seed).dataset(settings));
        Drivers d = now.insights().drivers();

        assertEquals(before.portfolio().totalRei(), d.priorRei());
        assertEquals(now.portfolio().totalRei(), d.currentRei());
        assertTrue(d.byRootCause().size() >= 2 && d.byStore().size() >= 2, d::toString);
        assertDifference(now.portfolio().exposureByRootCause(), before.portfolio().exposureByRootCause(), d.byRootCause());
        assertDifference(now.portfolio().exposureByTier(), before.portfolio().exposureByTier(), d.byTier());
        assertDifference(now.portfolio().exposureByStore(), before.portfolio().exposureByStore(), d.byStore());
        for (Map<String, Double> split : List.of(d.byRootCause(), d.byTier(), d.byStore())) {
            assertEquals(Math.round(d.delta() * 100), split.values().stream().mapToLong(v -> Math.round(v * 100)).sum());
        }
        Set<String> atRiskNow = ids(Runs.atRisk(now));
        Set<String> atRiskBefore = ids(Runs.atRisk(before));
        assertEquals(atRiskNow.stream().filter(id -> !atRiskBefore.contains(id)).count(), d.entered().customers());
        assertEquals(atRiskBefore.stream().filter(id -> !atRiskNow.contains(id)).count(), d.left().customers());
    }

    @Test
    void withRecurrenceTheDriversStillMeasureBothWeeksWithoutIt() {
        Analysis a = handMade(TestSettings.with("rgo.rei.recurrence", "true"));
        assertEquals(5.9, a.insights().drivers().delta());
        assertEquals(a.trend().timeline().get(0).totalRei(), a.insights().drivers().currentRei());
    }

    private static void assertDifference(Map<String, Double> now, Map<String, Double> before, Map<String, Double> change) {
        Set<String> keys = new HashSet<>(now.keySet());
        keys.addAll(before.keySet());
        assertEquals(keys, change.keySet());
        for (String key : keys) {
            long expected = Math.round(now.getOrDefault(key, 0.0) * 100) - Math.round(before.getOrDefault(key, 0.0) * 100);
            assertEquals(expected, Math.round(change.get(key) * 100), key);
        }
    }

    private static Set<String> ids(List<CustomerResult> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.customerId()));
        return ids;
    }
}
