package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** SPEC §6: churn bucket, multipliers, the 2.5 cap, REI rounding and recurrence. */
class ExposureLayerTest {

    private final ExposureLayer layer = new ExposureLayer(TestSettings.defaults());

    private static Revenue revenue(double gap, Tier tier) {
        return new Revenue(0, 0, gap, 0, tier);
    }

    private static StructuralRisk risk(int zeroWeeks, StructuralTier tier) {
        return new StructuralRisk(0, zeroWeeks, 0, 0, 0, 0, tier);
    }

    private double rei(double gap, int zeroWeeks, StructuralTier structural, Tier tier) {
        return layer.evaluate(revenue(gap, tier), risk(zeroWeeks, structural), 1).exposureIndex();
    }

    @ParameterizedTest(name = "{0} zero weeks -> {1}, REI of a 100 gap {2}")
    @CsvSource({"0, LOW, 105.0", "1, MEDIUM, 115.0", "2, HIGH, 130.0", "3, CRITICAL, 150.0", "7, CRITICAL, 150.0"})
    void churnBucketsAndTheirMultipliers(int zeroWeeks, ChurnRiskBucket bucket, double rei) {
        Exposure e = layer.evaluate(revenue(100, Tier.STANDARD), risk(zeroWeeks, StructuralTier.NONE), 1);
        assertEquals(bucket, e.churnRiskBucket());
        assertEquals(rei, e.exposureIndex());
    }

    @ParameterizedTest(name = "structural {0}: REI {1}")
    @CsvSource({
            "NONE, 105.0",
            // 1.05 × 1.10 = 1.1550000000000002 -> 115.50000000000003 -> 115.5
            "MODERATE, 115.5",
            "HIGH, 131.25",
            "SEVERE, 147.0"
    })
    void structuralMultipliers(StructuralTier tier, double rei) {
        assertEquals(rei, rei(100, 0, tier, Tier.STANDARD));
    }

    @ParameterizedTest(name = "tier {0}: REI {1}")
    @CsvSource({"STANDARD, 105.0", "HIGH, 131.25", "STRATEGIC, 157.5"})
    void tierMultipliers(Tier tier, double rei) {
        assertEquals(rei, rei(100, 0, StructuralTier.NONE, tier));
    }

    @Test
    void combinedMultiplierIsCappedAt2point5() {
        // 1.50 × 1.40 × 1.50 = 3.15 and 1.50 × 1.40 × 1.25 = 2.625: both capped
        Exposure strategic = layer.evaluate(revenue(100, Tier.STRATEGIC), risk(3, StructuralTier.SEVERE), 1);
        assertEquals(2.5, strategic.combinedMultiplier());
        assertEquals(250.0, strategic.exposureIndex());
        assertEquals(250.0, rei(100, 3, StructuralTier.SEVERE, Tier.HIGH));
        // 1.30 × 1.40 × 1.25 = 2.275 stays under the cap
        assertEquals(227.5, rei(100, 2, StructuralTier.SEVERE, Tier.HIGH));
    }

    @Test
    void theCapIsConfigurable() {
        ExposureLayer capped = new ExposureLayer(TestSettings.with("rgo.rei.cap", "2.0"));
        assertEquals(200.0, capped.evaluate(revenue(100, Tier.HIGH), risk(2, StructuralTier.SEVERE), 1)
                .exposureIndex());
    }

    @Test
    void reiRoundsTheExactProductOfTheDoubles() {
        // 0.70 × 1.05 = 0.735 in decimals, but the double product is 0.73499999999999998667…: down
        assertEquals(0.73, rei(0.70, 0, StructuralTier.NONE, Tier.STANDARD));
        // 0.10 × 1.05 = 0.105 in decimals (half-even would give 0.10), the double is 0.10500000000000000999…: up
        assertEquals(0.11, rei(0.10, 0, StructuralTier.NONE, Tier.STANDARD));
        // 33.33 × 1.05 = 34.9965 -> 35.00
        assertEquals(35.0, rei(33.33, 0, StructuralTier.NONE, Tier.STANDARD));
    }

    @Test
    void reiIsZeroWithoutAGap() {
        assertEquals(0.0, rei(0, 3, StructuralTier.SEVERE, Tier.STRATEGIC));
    }

    @ParameterizedTest(name = "recurrence score {0}: REI {1}")
    @CsvSource({"1, 105.0", "2, 115.5", "3, 126.0", "4, 136.5"})
    void recurrenceMultipliersApplyOnlyWhenAskedFor(int score, double rei) {
        ExposureLayer recurrence = new ExposureLayer(TestSettings.with("rgo.rei.recurrence", "true"));
        Exposure with = recurrence.evaluate(revenue(100, Tier.STANDARD), risk(0, StructuralTier.NONE), score);
        Exposure without = layer.evaluate(revenue(100, Tier.STANDARD), risk(0, StructuralTier.NONE), score);
        assertEquals(rei, with.exposureIndex());
        assertEquals(105.0, with.trendExposureIndex(), "the trend never has the recurrence term");
        assertEquals(105.0, without.exposureIndex());
        assertEquals(score, without.recurrenceScore());
    }

    @Test
    void theCapAppliesAfterTheRecurrenceTerm() {
        // 1.30 × 1.40 × 1.25 × 1.30 = 2.9575 -> 2.5
        ExposureLayer recurrence = new ExposureLayer(TestSettings.with("rgo.rei.recurrence", "true"));
        assertEquals(250.0, recurrence.evaluate(revenue(100, Tier.HIGH), risk(2, StructuralTier.SEVERE), 4)
                .exposureIndex());
    }

    @Test
    void atRiskWhenThereIsAGapOrATrailingZeroWeek() {
        // a gap of 2; no gap but a zero week (baseline (0+10)/2 > current? no: n = 5, baseline = week 0 = 0);
        // neither: flat spend
        Chunk chunk = Runs.evaluated(TestSettings.defaults(), flatThen(6, 10, 8, 8, 8, 8),
                new double[]{0, 10, 10, 10, 0}, flatThen(10, 10));
        assertTrue(chunk.atRisk(0, 0));
        assertEquals(0.0, chunk.revenue(1, 0).gapAmount());
        assertTrue(chunk.atRisk(1, 0));
        assertFalse(chunk.atRisk(2, 0));
    }

    @Test
    void recurrenceCountsThePreviousAsOfWeeksWithAGap() {
        // as-of week 9. Cut at 8 (n=9): baseline 10, current (10+6+14+2)/4 = 8: gap.
        // Cut at 7 (n=8): current (10+10+6+14)/4 = 10: no gap. Cut at 6 (n=7): current (10+10+10+6)/4 = 9: gap.
        // 10 ×6, 2, 2, 2, 2: every previous cut has a gap; 10 ×10: none.
        Chunk chunk = Runs.evaluated(TestSettings.defaults(), flatThen(6, 10, 6, 14, 2, 2),
                flatThen(6, 10, 2, 2, 2, 2), flatThen(10, 10));
        assertEquals(3, layer.recurrenceScore(chunk, 0));
        assertEquals(4, layer.recurrenceScore(chunk, 1));
        assertEquals(1, layer.recurrenceScore(chunk, 2));
        assertEquals(3, chunk.exposure(0, 0).recurrenceScore());
    }

    @Test
    void recurrenceSkipsWeeksBeforeTheCustomerJoined() {
        // the late customer's first row is in week 8 of 10: the cuts at 7 and 6 are empty, the one at 8
        // has one week (no gap)
        Chunk chunk = Runs.evaluated(TestSettings.defaults(), flatThen(10, 1), new double[]{10, 5});
        assertNull(chunk.series(1, 2));
        assertEquals(1, layer.recurrenceScore(chunk, 1));
    }

    @Test
    void recurrenceEntersReiOnlyWithReiRecurrenceOn(@TempDir Path dir) {
        // 10 ×6, 6, 14, 2, 2: gap 10 - 6 = 4, structural high (score 4), churn low, standard:
        // combined 1.05 × 1.25 = 1.3125 -> REI 5.25; with recurrence score 3: × 1.20 = 1.575 -> 6.30
        ExportFiles files = new ExportFiles(dir).series("c", "S1", flatThen(6, 10, 6, 14, 2, 2));
        Settings defaults = TestSettings.defaults();
        Settings recurrence = TestSettings.with("rgo.rei.recurrence", "true");

        CustomerResult off = Runs.result(Runs.analyse(defaults, files.dataset(defaults)), "c");
        CustomerResult on = Runs.result(Runs.analyse(recurrence, files.dataset(recurrence)), "c");
        assertEquals(4.0, off.revenue().gapAmount());
        assertEquals(3, off.exposure().recurrenceScore());
        assertEquals(5.25, off.exposure().exposureIndex());
        assertEquals(3, on.exposure().recurrenceScore());
        assertEquals(6.3, on.exposure().exposureIndex());
    }
}
