package org.rgo.gate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks one by one on hand-made profiles: where each range starts and ends, and when a check does not apply. */
class GateTest {

    private static final LocalDate WEEK0 = LocalDate.of(2025, 9, 6);
    private static final Gate GATE = new Gate(Checked.settings());

    /** Weeks of {@code rows} rows spending {@code cents} each; the last is the as-of week. */
    private static DataProfile profile(long[] rows, long[] cents) {
        return profile(rows, cents, List.of(), List.of(), 0, Map.of(), "digest");
    }

    private static DataProfile profile(long[] rows, long[] cents, List<DataProfile.StoreWeeks> sales,
                                       List<DataProfile.StoreWeeks> stock, long unknown,
                                       Map<String, DataProfile.FileFacts> files, String digest) {
        List<DataProfile.Week> weeks = new ArrayList<>();
        for (int w = 0; w < rows.length; w++) {
            weeks.add(new DataProfile.Week(WEEK0.plusWeeks(w), rows[w], cents[w]));
        }
        int windowFrom = Math.max(0, rows.length - 1 - 8);
        return new DataProfile(weeks.get(weeks.size() - 1).start(), weeks, windowFrom, sales, stock, unknown, files,
                digest);
    }

    private static long[] repeat(long value, int times, long last) {
        long[] values = new long[times + 1];
        java.util.Arrays.fill(values, value);
        values[times] = last;
        return values;
    }

    private static List<String> checks(DataProfile profile) {
        return Checked.checks(GATE.check(profile, Optional.empty()));
    }

    @Test
    void rowsBelowSevenTenthsOfTheMedianAreHeldAtSevenTenthsNot() {
        long[] spend = repeat(10_000_00, 8, 10_000_00);

        assertEquals(List.of("as-of-week-rows"), checks(profile(repeat(100, 8, 69), spend)));
        assertEquals(List.of(), checks(profile(repeat(100, 8, 70), spend)));
        assertEquals(List.of(), checks(profile(repeat(100, 8, 300), spend)), "more rows are not a fault");
    }

    @Test
    void theMedianIgnoresOneOddWeekBefore() {
        long[] rows = {100, 100, 5, 100, 100, 100, 100, 100, 75};

        assertEquals(List.of(), checks(profile(rows, repeat(10_000_00, 8, 10_000_00))));
    }

    @Test
    void historyChecksNeedTwoWeeksBeforeAndTwentyRowsAWeek() {
        long[] spend = {10_000_00, 10_000_00, 10_000_00};

        assertEquals(List.of(), checks(profile(new long[] {100, 10}, new long[] {10_000_00, 10_000_00})));
        assertEquals(List.of("as-of-week-rows"), checks(profile(new long[] {100, 100, 10}, spend)));
        long[] small = {1_900_00, 1_900_00, 1_000_00};
        assertEquals(List.of(), checks(profile(new long[] {19, 19, 1}, small)), "too few rows to judge");
        assertEquals(List.of("as-of-week-rows"), checks(profile(new long[] {20, 20, 1}, small)));
    }

    @Test
    void spendIsHeldBeyondFourTimesTheMedianEitherWay() {
        long[] rows = repeat(100, 8, 100);

        assertEquals(List.of(), checks(profile(rows, repeat(10_000_00, 8, 40_000_00))));
        assertEquals(List.of("as-of-week-spend"), checks(profile(rows, repeat(10_000_00, 8, 40_000_01))));
        assertEquals(List.of(), checks(profile(rows, repeat(10_000_00, 8, 2_500_00))));
        assertEquals(List.of("as-of-week-spend"), checks(profile(rows, repeat(10_000_00, 8, 2_499_99))));
        GateReason reason = GATE.check(profile(rows, repeat(10_000_00, 8, 100_000_000_00L)), Optional.empty())
                .reasons().get(0);
        assertEquals("100000000.00", reason.value());
        assertEquals("between 2500.00 and 40000.00 (the median 10000.00 of the 8 weeks before, ÷ or × 4)",
                reason.expected());
        assertEquals("4", reason.threshold());
    }

    @Test
    void theMeanSpendPerRowIsHeldAboveTheBoundWithoutAnyHistory() {
        DataProfile oneWeek = profile(new long[] {10}, new long[] {2_000_01 * 10});

        assertEquals(List.of("as-of-week-mean-spend"), checks(oneWeek));
        assertEquals(List.of(), checks(profile(new long[] {10}, new long[] {2_000_00 * 10})));
        assertEquals(List.of(), Checked.checks(new Gate(Checked.settings(GateSettings.MAX_MEAN_ROW_SPEND, "0"))
                .check(oneWeek, Optional.empty())));
    }

    @Test
    void aStoreWithAMedianOfFiveRowsAndNoneNowIsHeldOneWithFourIsNot() {
        long[] rows = repeat(100, 8, 100);
        long[] spend = repeat(10_000_00, 8, 10_000_00);
        List<DataProfile.StoreWeeks> sales = List.of(store("A", 5, 0), store("B", 4, 0), store("C", 50, 1));

        GateResult result = GATE.check(profile(rows, spend, sales, List.of(), 0, Map.of(), ""), Optional.empty());

        assertEquals(List.of("store-without-sales"), Checked.checks(result));
        assertEquals(1, result.reasons().size());
        assertTrue(result.reasons().get(0).figure().contains("store A"));
    }

    @Test
    void stockRowsArePerStoreWithinHalfToTwiceTheMedianAndAStoreWithoutStockIsHeld() {
        long[] rows = repeat(100, 8, 100);
        long[] spend = repeat(10_000_00, 8, 10_000_00);
        List<DataProfile.StoreWeeks> stock = List.of(store("ok", 10, 5), store("doubled", 10, 21),
                store("halved", 10, 4), store("gone", 10, 0), store("new", 0, 10));

        GateResult result = GATE.check(profile(rows, spend, List.of(), stock, 0, Map.of(), ""), Optional.empty());

        assertEquals(List.of("store-without-stock", "stock-rows-per-store-week"), Checked.checks(result));
        assertEquals(List.of("stock rows of store gone in as-of week 2025-11-01",
                        "stock rows of store doubled in as-of week 2025-11-01",
                        "stock rows of store halved in as-of week 2025-11-01"),
                result.reasons().stream().map(GateReason::figure).toList());
    }

    @Test
    void manyStoresAreListedUpToTheLimitAndCountedAfterIt() {
        List<DataProfile.StoreWeeks> sales = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            sales.add(store("S" + s, 9, 0));
        }
        Gate gate = new Gate(new GateSettings(true, 8, 2, 20, 0.7, 4, 2000, 5, 1, 2, 0.8, 0.25, 0, true, true, 3));

        GateResult result = gate.check(profile(repeat(100, 8, 100), repeat(10_000_00, 8, 10_000_00), sales,
                List.of(), 0, Map.of(), ""), Optional.empty());

        assertEquals(4, result.reasons().size());
        assertEquals("2 more stores", result.reasons().get(3).value());
    }

    @Test
    void customersMissingFromTheCustomersFileAreHeldAboveAQuarter() {
        long[] rows = {100};
        long[] spend = {10_000_00};

        assertEquals(List.of(), checks(profile(rows, spend, List.of(), List.of(), 25, Map.of(), "")));
        assertEquals(List.of("customers-missing-from-customers-file"),
                checks(profile(rows, spend, List.of(), List.of(), 26, Map.of(), "")));
    }

    @Test
    void againstTheLastRunAnOlderWeekAndTheSameWeekWithOtherSalesAreHeld() {
        long[] rows = repeat(100, 8, 100);
        long[] spend = repeat(10_000_00, 8, 10_000_00);
        DataProfile now = profile(rows, spend);
        DataProfile before = profile(rows, spend, List.of(), List.of(), 0, Map.of(), "other digest");

        assertEquals(List.of("as-of-week-older"), Checked.checks(GATE.check(now, last(now.asOfWeek().plusWeeks(1),
                now))));
        assertEquals(List.of(), Checked.checks(GATE.check(now, last(now.asOfWeek(), now))), "the same data again");
        assertEquals(List.of("as-of-week-restated"), Checked.checks(GATE.check(now, last(now.asOfWeek(), before))));
        assertEquals(List.of(), Checked.checks(GATE.check(now, last(now.asOfWeek().minusWeeks(1), before))));
        Gate lenient = new Gate(Checked.settings(GateSettings.HOLD_OLDER_AS_OF_WEEK, "false",
                GateSettings.HOLD_CHANGED_SAME_WEEK, "false"));
        assertEquals(List.of(), Checked.checks(lenient.check(now, last(now.asOfWeek().plusWeeks(1), before))));
        assertEquals(List.of(), Checked.checks(lenient.check(now, last(now.asOfWeek(), before))));
    }

    @Test
    void withoutAProfileTheSameWeekComparesTheSalesFilesSha256() {
        long[] rows = repeat(100, 8, 100);
        DataProfile now = profile(rows, repeat(10_000_00, 8, 10_000_00), List.of(), List.of(), 0,
                Map.of(Gate.SALES, new DataProfile.FileFacts("s.csv", 900, List.of("customer_id"), "aaa")), "d");

        assertEquals(List.of("as-of-week-restated"), Checked.checks(GATE.check(now,
                Optional.of(new LastRun("r1", now.asOfWeek(), Optional.empty(), "bbb")))));
        assertEquals(List.of(), Checked.checks(GATE.check(now,
                Optional.of(new LastRun("r1", now.asOfWeek(), Optional.empty(), "aaa")))));
        assertEquals(List.of(), Checked.checks(GATE.check(now,
                Optional.of(new LastRun("r1", now.asOfWeek(), Optional.empty(), null)))), "unknown is not different");
    }

    @Test
    void filesAreComparedWithTheLastRunsVersion() {
        long[] rows = {100};
        long[] spend = {10_000_00};
        Map<String, DataProfile.FileFacts> before = Map.of(Gate.CUSTOMERS, new DataProfile.FileFacts("c.csv", 1000,
                List.of("customer_id", "loyalty_member", "region"), null));
        DataProfile previous = profile(rows, spend, List.of(), List.of(), 0, before, "");

        assertEquals(List.of(), checks(previous, customers(800, "customer_id", "region", "loyalty_member")));
        assertEquals(List.of("customers-file-rows"),
                checks(previous, customers(799, "customer_id", "loyalty_member", "region", "age")));
        assertEquals(List.of("column-gone"), checks(previous, customers(1000, "customer_id", "region")));
        Gate oneMayGo = new Gate(Checked.settings(GateSettings.MAX_DROPPED_COLUMNS, "1"));
        assertEquals(List.of(), Checked.checks(oneMayGo.check(profile(rows, spend, List.of(), List.of(), 0,
                customers(1000, "customer_id", "region"), ""), last(previous.asOfWeek(), previous))));
    }

    @Test
    void theWeeksSharedWithTheLastRunAreHeldWhenTheirSpendMovedFourfold() {
        long[] rows = repeat(100, 8, 100);
        DataProfile before = profile(rows, repeat(10_000_00, 8, 10_000_00));
        DataProfile inCents = profile(rows, repeat(1_000_000_00, 8, 1_000_000_00));
        DataProfile restated = profile(rows, repeat(12_000_00, 8, 12_000_00), List.of(), List.of(), 0, Map.of(),
                "restated digest");

        assertTrue(Checked.checks(GATE.check(inCents, last(before.asOfWeek(), before))).contains("restated-spend"));
        assertEquals(List.of("as-of-week-restated"),
                Checked.checks(GATE.check(restated, last(before.asOfWeek(), before))));
    }

    @Test
    void theGateOffHoldsNothing() {
        Gate off = new Gate(Checked.settings(GateSettings.ENABLED, "false"));

        GateResult result = off.check(profile(repeat(100, 8, 1), repeat(10_000_00, 8, 1)), Optional.empty());

        assertEquals(GateResult.Status.OFF, result.status());
        assertEquals(List.of(), result.reasons());
    }

    @Test
    void settingsOutOfRangeAreAStartUpErrorNamingTheKeys() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Checked.settings(GateSettings.SPEND_MAX_FACTOR, "1"));
        assertTrue(e.getMessage().contains(GateSettings.SPEND_MAX_FACTOR));
        assertThrows(IllegalStateException.class, () -> Checked.settings(GateSettings.ROWS_MIN_RATIO, "1.5"));
    }

    /** The checks on a one-week export with {@code files} after a run on {@code previous}. */
    private static List<String> checks(DataProfile previous, Map<String, DataProfile.FileFacts> files) {
        DataProfile now = profile(new long[] {100}, new long[] {10_000_00}, List.of(), List.of(), 0, files, "");
        return Checked.checks(GATE.check(now, last(previous.asOfWeek(), previous)));
    }

    private static Map<String, DataProfile.FileFacts> customers(long rows, String... columns) {
        return Map.of(Gate.CUSTOMERS, new DataProfile.FileFacts("c2.csv", rows, List.of(columns), null));
    }

    private static Optional<LastRun> last(LocalDate asOf, DataProfile profile) {
        return Optional.of(new LastRun("r1", asOf, Optional.of(profile), null));
    }

    /** A store with {@code before} rows in each of the 8 weeks before and {@code now} in the as-of week. */
    private static DataProfile.StoreWeeks store(String id, long before, long now) {
        List<Long> rows = new ArrayList<>(java.util.Collections.nCopies(8, before));
        rows.add(now);
        return new DataProfile.StoreWeeks(id, rows);
    }
}
