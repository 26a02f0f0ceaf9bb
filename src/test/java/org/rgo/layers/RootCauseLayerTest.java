package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** SPEC §5 through the real path: exports -> ExportReader -> Dataset.join -> every layer. */
class RootCauseLayerTest {

    @TempDir
    Path dir;

    private static Analysis analyse(Settings settings, ExportFiles files) {
        return Runs.analyse(settings, files.dataset(settings));
    }

    private static Analysis analyse(ExportFiles files) {
        return analyse(TestSettings.defaults(), files);
    }

    private static void assertAttribution(CustomerResult r, int overlap, double share, boolean stockoutFlag,
                                          boolean demandDrop, boolean mixed, RootCause cause) {
        Attribution a = r.attribution();
        assertEquals(overlap, a.stockoutOverlapWeeks(), "stockout_overlap_weeks");
        assertEquals(share, a.percentGapDueToStockout(), "percent_gap_due_to_stockout");
        assertEquals(stockoutFlag, a.stockoutImpactFlag(), "stockout_impact_flag");
        assertEquals(demandDrop, a.demandDropFlag(), "demand_drop_flag");
        assertEquals(mixed, a.mixedCauseFlag(), "mixed_cause_flag");
        assertEquals(cause, a.rootCause(), "root_cause");
    }

    @Test
    void twoTrailingZeroWeeksWithoutStockoutAreBehavioralChurn() {
        // baseline 100, current (100+100+0+0)/4 = 50, gap 50; gap weeks 8 and 9, no stockout
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(8, 100, 0, 0)));
        CustomerResult r = Runs.result(a, "c");
        assertEquals(50.0, r.revenue().gapAmount());
        assertAttribution(r, 0, 0.0, false, true, false, RootCause.BEHAVIORAL_CHURN);
        assertEquals("Customer Success", r.attribution().rootCause().owner());
    }

    @Test
    void oneTrailingZeroWeekIsNotChurn() {
        // 100 ×9, 0: v = -25 (1), zero weeks 1 (2), volatility 33.07/87.5 = 0.378 (1): high -> structural
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(9, 100, 0)));
        CustomerResult r = Runs.result(a, "c");
        assertEquals(StructuralTier.HIGH, r.structural().structuralTier());
        assertAttribution(r, 0, 0.0, false, true, false, RootCause.STRUCTURAL_DECLINE);
    }

    @Test
    void aStockoutInAGapWeekRulesOutBehavioralChurn() {
        // same zero weeks as churn, but week 9 at S1 is a stockout: overlap 1 of 2 gap weeks = 0.5.
        // Tier: v = -50 (3), zero weeks 2 (3), volatility 43.30/75 = 0.577 (2) = 8, severe: mixed flag.
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(8, 100, 0, 0)).stockout("S1", 9));
        assertAttribution(Runs.result(a, "c"), 1, 0.5, true, false, true, RootCause.OPERATIONAL_STOCKOUT);
    }

    @Test
    void aGapOverlappingStockoutsIsOperational() {
        // 100 ×9, 40: baseline 100, current 85, gap 15; the only gap week (9) is a stockout: share 1.
        // v = -15, volatility 0.2145, one decline week: tier none, so not mixed.
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(9, 100, 40)).stockout("S1", 9));
        CustomerResult r = Runs.result(a, "c");
        assertEquals(StructuralTier.NONE, r.structural().structuralTier());
        assertAttribution(r, 1, 1.0, true, false, false, RootCause.OPERATIONAL_STOCKOUT);
        assertEquals("Operations/Inventory", r.attribution().rootCause().owner());
    }

    @Test
    void stockoutsOutsideTheGapWeeksDoNotCount() {
        ExportFiles files = new ExportFiles(dir).series("c", "S1", flatThen(9, 100, 40));
        for (int week = 0; week < 9; week++) {
            files.stockout("S1", week);
        }
        assertAttribution(Runs.result(analyse(files), "c"), 0, 0.0, false, true, false, RootCause.DEMAND_SOFTNESS);
    }

    @Test
    void aShareOfExactlyFortyPercentIsOperational() {
        // baseline (110+90+100×4)/6 = 100, current 90; gap weeks 1, 6, 7, 8, 9; stockouts in 1 and 9: 2/5
        Analysis a = analyse(new ExportFiles(dir)
                .series("c", "S1", 110, 90, 100, 100, 100, 100, 90, 90, 90, 90)
                .stockout("S1", 1).stockout("S1", 9));
        assertAttribution(Runs.result(a, "c"), 2, 0.4, true, false, false, RootCause.OPERATIONAL_STOCKOUT);
    }

    @Test
    void aShareBelowFortyPercentFallsThroughToDemandSoftness() {
        // baseline (110+90+90+110+100+100)/6 = 100; gap weeks 1, 2, 6, 7, 8, 9; stockouts in 1 and 9: 2/6
        Analysis a = analyse(new ExportFiles(dir)
                .series("c", "S1", 110, 90, 90, 110, 100, 100, 90, 90, 90, 90)
                .stockout("S1", 1).stockout("S1", 9));
        CustomerResult r = Runs.result(a, "c");
        assertEquals(StructuralTier.NONE, r.structural().structuralTier());
        assertAttribution(r, 2, 0.3333, true, false, false, RootCause.DEMAND_SOFTNESS);
    }

    @Test
    void structuralTierHighOrSevereWithoutStockoutIsStructuralDecline() {
        // 100 ×6, 80, 60, 40, 20: score 7, severe (see StructuralRiskLayerTest)
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(6, 100, 80, 60, 40, 20)));
        CustomerResult r = Runs.result(a, "c");
        assertAttribution(r, 0, 0.0, false, true, false, RootCause.STRUCTURAL_DECLINE);
        assertEquals("Sales leadership", r.attribution().rootCause().owner());
    }

    @Test
    void everythingElseIsDemandSoftness() {
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(9, 100, 40)));
        CustomerResult r = Runs.result(a, "c");
        assertAttribution(r, 0, 0.0, false, true, false, RootCause.DEMAND_SOFTNESS);
        assertEquals("Sales/Marketing", r.attribution().rootCause().owner());
    }

    /** 100 ×7, 0, 0, 0 with stockouts in the three zero weeks: operational, tier severe (score 10). */
    private ExportFiles operationalAndSevere() {
        return new ExportFiles(dir).series("c", "S1", flatThen(7, 100, 0, 0, 0))
                .stockout("S1", 7).stockout("S1", 8).stockout("S1", 9);
    }

    @Test
    void operationalAndSevereSetsTheMixedFlagButStaysOperationalByDefault() {
        CustomerResult r = Runs.result(analyse(operationalAndSevere()), "c");
        assertEquals(StructuralTier.SEVERE, r.structural().structuralTier());
        assertAttribution(r, 3, 1.0, true, false, true, RootCause.OPERATIONAL_STOCKOUT);
    }

    @Test
    void withMixedOnTheMixedCustomerIsMixedOperationalStructural() {
        Settings mixed = TestSettings.with("rgo.root-cause.mixed", "true");
        CustomerResult r = Runs.result(analyse(mixed, operationalAndSevere()), "c");
        assertAttribution(r, 3, 1.0, true, false, true, RootCause.MIXED_OPERATIONAL_STRUCTURAL);
        assertEquals("mixed_operational_structural", r.attribution().rootCause().label());
        assertEquals("Operations and Sales jointly", r.attribution().rootCause().owner());
    }

    @Test
    void withMixedOnAnOperationalCustomerOfTierNoneStaysOperational() {
        Settings mixed = TestSettings.with("rgo.root-cause.mixed", "true");
        Analysis a = analyse(mixed, new ExportFiles(dir).series("c", "S1", flatThen(9, 100, 40)).stockout("S1", 9));
        assertAttribution(Runs.result(a, "c"), 1, 1.0, true, false, false, RootCause.OPERATIONAL_STOCKOUT);
    }

    @Test
    void withoutAGapAStockoutIsNotOperational() {
        // 10 ×8, 50, 0: baseline 10, current (10+10+50+0)/4 = 17.5, no gap; at risk by its zero week.
        // Gap week 9 is a stockout (flag), but operational needs gap > 0. Score: zero weeks 1 (2),
        // volatility 14.087/13.75 = 1.0245 (3) = 5, high: structural_decline, and no demand drop.
        Analysis a = analyse(new ExportFiles(dir).series("c", "S1", flatThen(8, 10, 50, 0)).stockout("S1", 9));
        CustomerResult r = Runs.result(a, "c");
        assertEquals(0.0, r.revenue().gapAmount());
        assertEquals(StructuralTier.HIGH, r.structural().structuralTier());
        assertAttribution(r, 1, 1.0, true, false, false, RootCause.STRUCTURAL_DECLINE);
        assertEquals(0.0, r.exposure().exposureIndex());
    }

    @Test
    void shareRuleNeedsTheConfiguredShareOfSkusAtZero() {
        // S1 week 9: 1 of 4 SKUs at 0 (0.25); S2 week 9: 1 of 5 (0.20); min-share 0.25
        ExportFiles files = new ExportFiles(dir)
                .series("at-s1", "S1", flatThen(9, 100, 40))
                .series("at-s2", "S2", flatThen(9, 100, 40))
                .stock("S1", 9, "A", 0).stock("S1", 9, "B", 3).stock("S1", 9, "C", 3).stock("S1", 9, "D", 3)
                .stock("S2", 9, "A", 0).stock("S2", 9, "B", 3).stock("S2", 9, "C", 3).stock("S2", 9, "D", 3)
                .stock("S2", 9, "E", 3);
        Analysis anySku = analyse(files);
        assertEquals(RootCause.OPERATIONAL_STOCKOUT, Runs.result(anySku, "at-s1").attribution().rootCause());
        assertEquals(RootCause.OPERATIONAL_STOCKOUT, Runs.result(anySku, "at-s2").attribution().rootCause());

        Analysis share = analyse(TestSettings.with("rgo.stockout.rule", "share"), files);
        assertAttribution(Runs.result(share, "at-s1"), 1, 1.0, true, false, false, RootCause.OPERATIONAL_STOCKOUT);
        assertAttribution(Runs.result(share, "at-s2"), 0, 0.0, false, true, false, RootCause.DEMAND_SOFTNESS);

        Analysis half = analyse(TestSettings.with("rgo.stockout.rule", "share", "rgo.stockout.min-share", "0.5"), files);
        assertEquals(RootCause.DEMAND_SOFTNESS, Runs.result(half, "at-s1").attribution().rootCause());
    }

    @Test
    void aFilledWeekUsesThePreviousRowsStore() {
        // both move store in week 8 and have no row in week 9 (filled: spend 0 at the new store).
        // The stockout is at the old store for one, at the new store for the other.
        ExportFiles files = new ExportFiles(dir)
                .seriesFrom("left-old-store", "S1", 0, flatThen(8, 100)).sale("left-old-store", 8, 100, "S2")
                .seriesFrom("at-new-store", "S3", 0, flatThen(8, 100)).sale("at-new-store", 8, 100, "S4")
                .sale("other", 9, 10, "S9")
                .stockout("S1", 9).stockout("S4", 9);
        Analysis a = analyse(files);
        CustomerResult left = Runs.result(a, "left-old-store");
        CustomerResult atNew = Runs.result(a, "at-new-store");
        assertEquals(1, left.structural().consecutiveZeroSpendWeeks());
        assertEquals(0, left.attribution().stockoutOverlapWeeks());
        assertEquals(1, atNew.attribution().stockoutOverlapWeeks());
        // SPEC §10: store_id is the store of the customer's last row
        assertEquals("S2", left.storeId());
        assertEquals("S4", atNew.storeId());
    }

    @Test
    void aWeekWithARowUsesThatRowsStore() {
        ExportFiles files = new ExportFiles(dir)
                .series("hopper", "S6", flatThen(9, 100)).sale("hopper", 9, 40, "S5")
                .series("stayer", "S7", flatThen(9, 100)).sale("stayer", 9, 40, "S7")
                .stockout("S6", 9).stockout("S7", 9);
        Analysis a = analyse(files);
        assertEquals(0, Runs.result(a, "hopper").attribution().stockoutOverlapWeeks());
        assertEquals("S5", Runs.result(a, "hopper").storeId());
        assertEquals(1, Runs.result(a, "stayer").attribution().stockoutOverlapWeeks());
    }

    @Test
    void customersNotAtRiskHaveNoAttribution() {
        Analysis a = analyse(new ExportFiles(dir).series("steady", "S1", flatThen(10, 100)).stockout("S1", 9));
        Chunk chunk = Runs.kernel(TestSettings.defaults()).evaluate(
                SeriesLayer.gather(a.model(), a.data(), new int[] {Runs.index(a, "steady")}, 0, 1, 1));
        assertNull(chunk.attribution(0, 0));
        assertNull(chunk.exposure(0, 0));
        assertTrue(Runs.atRisk(a).isEmpty());
    }
}
