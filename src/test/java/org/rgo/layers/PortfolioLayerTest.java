package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rgo.layers.Runs.flatThen;

/** SPEC §7 over hand-made at-risk rows, and the segment lookup through the real path. */
class PortfolioLayerTest {

    private static Portfolio aggregate(int topN, List<CustomerResult> rows) {
        List<String> columns = rows.stream().flatMap(r -> r.segments().keySet().stream()).distinct().sorted().toList();
        PortfolioTotals totals = new PortfolioTotals(columns, topN);
        rows.forEach(totals::add);
        return totals.portfolio();
    }

    private static Portfolio aggregate(List<CustomerResult> rows) {
        return aggregate(20, rows);
    }

    private static CustomerResult row(String id, String store, double gap, double rei, Tier tier, RootCause cause,
                                      Map<String, String> segments) {
        return new CustomerResult(id, store, new Revenue(0, 0, gap, 0, tier),
                new StructuralRisk(0, 0, 0, 0, 0, 0, StructuralTier.NONE),
                new Attribution(StockoutWeeks.NONE, 0, false, true, false, cause),
                new Exposure(ChurnRiskBucket.LOW, 1, 1.05, rei, rei), segments);
    }

    private static CustomerResult row(String id, double gap, double rei) {
        return row(id, "S1", gap, rei, Tier.STANDARD, RootCause.DEMAND_SOFTNESS, Map.of());
    }

    private static List<String> ids(List<CustomerResult> rows) {
        return rows.stream().map(CustomerResult::customerId).toList();
    }

    @Test
    void totalsAreSumsOfTheRoundedValues() {
        // 0.1 + 0.2 in doubles is 0.30000000000000004; the sum of cents is 0.30
        Portfolio p = aggregate(List.of(row("a", 0.1, 0.11), row("b", 0.2, 0.22)));
        assertEquals(0.3, p.totalGap());
        assertEquals(0.33, p.totalRei());
        assertEquals(2, p.customerCountWithGaps());

        List<CustomerResult> tenDimes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tenDimes.add(row("c" + i, 0.1, 0.1));
        }
        assertEquals(1.0, aggregate(tenDimes).totalGap());
    }

    @Test
    void exposureAndGapByTierCauseAndStore() {
        Portfolio p = aggregate(List.of(
                row("a", "S1", 10, 12.5, Tier.HIGH, RootCause.BEHAVIORAL_CHURN, Map.of()),
                row("b", "S2", 20, 21, Tier.STANDARD, RootCause.DEMAND_SOFTNESS, Map.of()),
                row("c", "S1", 30, 31.5, Tier.STANDARD, RootCause.DEMAND_SOFTNESS, Map.of()),
                row("d", "S2", 4, 5, Tier.HIGH, RootCause.OPERATIONAL_STOCKOUT, Map.of())));
        assertEquals(Map.of("standard", 52.5, "high", 17.5), p.exposureByTier());
        assertEquals(Map.of("standard", 50.0, "high", 14.0), p.gapByTier());
        assertEquals(Map.of("demand_softness", 52.5, "behavioral_churn", 12.5, "operational_stockout", 5.0),
                p.exposureByRootCause());
        assertEquals(Map.of("demand_softness", 50.0, "behavioral_churn", 10.0, "operational_stockout", 4.0),
                p.gapByRootCause());
        assertEquals(Map.of("S1", 44.0, "S2", 26.0), p.exposureByStore());
        assertEquals(Map.of("S1", 40.0, "S2", 24.0), p.gapByStore());
        assertEquals(64.0, p.totalGap());
        assertEquals(70.0, p.totalRei());
        // listed largest exposure first
        assertEquals(List.of("demand_softness", "behavioral_churn", "operational_stockout"),
                List.copyOf(p.exposureByRootCause().keySet()));
    }

    @Test
    void exposureBySegmentColumn() {
        Portfolio p = aggregate(List.of(
                row("a", "S1", 10, 10.5, Tier.STANDARD, RootCause.DEMAND_SOFTNESS, Map.of("region", "north")),
                row("b", "S1", 20, 21, Tier.STANDARD, RootCause.DEMAND_SOFTNESS, Map.of("region", "south")),
                row("c", "S1", 30, 31.5, Tier.STANDARD, RootCause.DEMAND_SOFTNESS, Map.of("region", "north"))));
        assertEquals(Map.of("region", Map.of("north", 42.0, "south", 21.0)), p.exposureBySegment());
        assertEquals(Map.of("region", Map.of("north", 40.0, "south", 20.0)), p.gapBySegment());
    }

    @Test
    void priorityIsReiDescThenGapDescThenCustomerIdAsc() {
        Portfolio p = aggregate(List.of(
                row("a", 40, 50), row("d", 45, 50), row("b", 45, 50), row("c", 10, 60), row("e", 1, 1)));
        assertEquals(List.of("c", "b", "d", "a", "e"), ids(p.topPriority()));
    }

    @Test
    void numericCustomerIdsTieBreakAsNumbers() {
        // SPEC §7 says "customer_id asc"; the sample's ids are whole numbers, compared as numbers here
        Portfolio p = aggregate(List.of(row("10", 5, 5), row("9", 5, 5), row("100", 5, 5), row("x1", 5, 5),
                row("09", 5, 5)));
        // whole numbers before other ids, so the order is total: "09" after "9" (same value, then text)
        assertEquals(List.of("09", "9", "10", "100", "x1"), ids(p.topPriority()));
    }

    @Test
    void totalsMergeToTheSameResultInAnyOrder() {
        List<CustomerResult> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("c" + i, i % 2 == 0 ? "S1" : "S2", i * 1.01, i * 1.37 % 7, i % 3 == 0 ? Tier.HIGH : Tier.STANDARD,
                    RootCause.values()[i % RootCause.values().length], Map.of("region", i % 4 == 0 ? "north" : "south")));
        }
        Portfolio whole = aggregate(5, rows);
        List<String> columns = List.of("region");
        PortfolioTotals evens = new PortfolioTotals(columns, 5);
        PortfolioTotals odds = new PortfolioTotals(columns, 5);
        PortfolioTotals tail = new PortfolioTotals(columns, 5);
        for (int i = rows.size() - 1; i >= 0; i--) {
            (i >= 25 ? tail : i % 2 == 0 ? evens : odds).add(rows.get(i));
        }
        odds.merge(tail);
        evens.merge(odds);
        assertEquals(whole, evens.portfolio());
    }

    @Test
    void topNRecoveryUpsideAndConcentration() {
        Portfolio p = aggregate(2, List.of(row("a", 8, 10), row("b", 30, 40), row("c", 15.55, 20)));
        assertEquals(List.of("b", "c"), ids(p.topPriority()));
        assertEquals(45.55, p.recoveryUpsideTopN());
        // (40 + 20) / 70 × 100 = 85.714…
        assertEquals(85.71, p.concentrationTopNPercent());
    }

    @Test
    void topNLargerThanTheListTakesEveryone() {
        Portfolio p = aggregate(List.of(row("a", 8, 10), row("b", 30, 40)));
        assertEquals(2, p.topPriority().size());
        assertEquals(38.0, p.recoveryUpsideTopN());
        assertEquals(100.0, p.concentrationTopNPercent());
    }

    @Test
    void concentrationIsZeroWithoutExposure() {
        // at risk by a zero-spend week only: no gap, no REI
        Portfolio p = aggregate(List.of(row("a", 0, 0)));
        assertEquals(0.0, p.totalRei());
        assertEquals(0.0, p.concentrationTopNPercent());
        assertEquals(1, p.customerCountWithGaps());
    }

    @Test
    void emptyPortfolio() {
        Portfolio p = aggregate(List.of());
        assertEquals(0.0, p.totalGap());
        assertEquals(0, p.customerCountWithGaps());
        assertEquals(List.of(), p.topPriority());
    }

    @Test
    void segmentsComeFromTheCustomersFileElseTheLastSalesRow(@TempDir Path dir) {
        // both: 100 ×10, then 40 -> baseline 100, current 85, gap 15, tier none, REI 15 × 1.05 = 15.75.
        // "listed" is in the customers file (region north, loyal) and its last row says toys;
        // "unlisted" is not in the customers file, so its region and loyalty are unknown.
        ExportFiles files = new ExportFiles(dir)
                .customer("listed", true, "north")
                .series("listed", "S1", flatThen(10, 100)).sale("listed", 10, 40, "S1", false, "toys")
                .unlisted("unlisted")
                .series("unlisted", "S2", flatThen(10, 100)).sale("unlisted", 10, 40, "S2");
        Analysis a = Runs.analyse(TestSettings.defaults(), files.dataset(TestSettings.defaults()));
        Portfolio p = a.portfolio();

        assertEquals(List.of("listed", "unlisted"), ids(p.topPriority()));
        assertEquals(15.75, p.topPriority().get(0).exposure().exposureIndex());
        assertEquals(Map.of("north", 15.75, "(blank)", 15.75), p.exposureBySegment().get("region"));
        assertEquals(Map.of("toys", 15.75, "grocery", 15.75), p.exposureBySegment().get("product_category"));
        assertEquals(Map.of("true", 15.75, "(blank)", 15.75), p.exposureBySegment().get("loyalty_member"));
        assertEquals(Map.of("S1", 15.75, "S2", 15.75), p.exposureByStore());
        assertEquals(31.5, p.totalRei());
    }
}
