package org.rgo.gate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each fault of issue 15, made from the sample and from a generated set, read as a run reads it:
 * the healthy base passes, every fault is held with the reason that names its figure.
 */
class GateFaultsTest {

    private static final Path WORK = Path.of("target", "gate-faults").toAbsolutePath();

    @BeforeAll
    static void bases() {
        Exports.sample(WORK.resolve("sample"));
        Exports.generated(WORK.resolve("generated"), 700, 12, 4, 6, 15, true);
    }

    private static Path base(String name) {
        return WORK.resolve(name);
    }

    private static Path fault(String base, String fault) {
        return WORK.resolve(base + "-" + fault);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void theHealthyBasePassesAloneAndAfterItself(String name) {
        assertEquals(GateResult.Status.PASSED, Checked.alone(base(name)).status(), () -> Checked.alone(base(name))
                .messages());
        assertEquals(GateResult.Status.PASSED, Checked.after(base(name), base(name)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void aTruncatedLastWeekIsHeldOnItsRows(String name) {
        Path truncated = Exports.truncatedLastWeek(base(name), fault(name, "truncated"), 0.6, 3);

        GateResult alone = Checked.alone(truncated);

        assertEquals(List.of("as-of-week-rows"), Checked.checks(alone), alone.messages());
        GateReason rows = alone.reasons().get(0);
        assertEquals(GateSettings.ROWS_MIN_RATIO, rows.thresholdKey());
        assertTrue(rows.figure().contains("sales rows") && rows.figure().contains("customers"), rows.figure());
        long asOfRows = Checked.profile(base(name)).asOf().rows();
        assertEquals(Long.toString(asOfRows - Math.round(asOfRows * 0.6)), rows.value());
        assertTrue(Checked.checks(Checked.after(base(name), truncated)).contains("as-of-week-rows"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void aStoreMissingInTheAsOfWeekIsHeldOnThatStore(String name) {
        String store = Exports.lastStore(base(name));
        Path missing = Exports.storeMissing(base(name), fault(name, "store-missing"), store);

        GateResult alone = Checked.alone(missing);

        assertTrue(Checked.checks(alone).containsAll(List.of("store-without-sales", "store-without-stock")),
                alone.messages());
        assertTrue(alone.reasons().stream().filter(r -> r.check().startsWith("store-without"))
                .allMatch(r -> r.figure().contains("store " + store) && r.value().equals("0")), alone.messages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void anOldWeekReexportedIsHeldOnItsAsOfWeek(String name) {
        Path old = Exports.oldWeekReexported(base(name), fault(name, "old-week"));

        GateResult after = Checked.after(base(name), old);

        assertEquals(List.of("as-of-week-older"), Checked.checks(after), after.messages());
        assertEquals(GateSettings.HOLD_OLDER_AS_OF_WEEK, after.reasons().get(0).thresholdKey());
        assertEquals(Checked.profile(old).asOfWeek().toString(), after.reasons().get(0).value());
        assertEquals(GateResult.Status.PASSED, Checked.alone(old).status(), "alone, an older export is healthy data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void aColumnGoneIsHeldNamingTheColumn(String name) {
        Path gone = Exports.columnGone(base(name), fault(name, "column-gone"), Exports.CUSTOMERS, "loyalty_member");

        GateResult after = Checked.after(base(name), gone);

        assertEquals(List.of("column-gone"), Checked.checks(after), after.messages());
        assertEquals("without loyalty_member", after.reasons().get(0).value());
        assertTrue(after.reasons().get(0).figure().contains("retail_customers"));
        assertEquals(GateSettings.MAX_DROPPED_COLUMNS, after.reasons().get(0).thresholdKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void aSalesColumnGoneIsHeldToo(String name) {
        Path gone = Exports.columnGone(base(name), fault(name, "sales-column-gone"), Exports.SALES,
                "is_high_value_customer");

        GateResult after = Checked.after(base(name), gone);

        assertTrue(Checked.checks(after).contains("column-gone"), after.messages());
        assertTrue(after.reasons().stream().anyMatch(r -> r.value().equals("without is_high_value_customer")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void aCustomersFileCutInHalfIsHeldOnItsRowsAndOnTheCustomersItLacks(String name) {
        Path half = Exports.customersHalved(base(name), fault(name, "customers-halved"));

        GateResult after = Checked.after(base(name), half);
        GateResult alone = Checked.alone(half);

        assertEquals(List.of("customers-missing-from-customers-file", "customers-file-rows"), Checked.checks(after),
                after.messages());
        assertEquals(GateSettings.CUSTOMERS_FILE_MIN_RATIO, after.reasons().get(1).thresholdKey());
        assertTrue(after.reasons().get(1).value().startsWith(
                Checked.profile(half).files().get(Gate.CUSTOMERS).rows() + " (50.0 % of before)"),
                after.reasons().get(1).value());
        assertEquals(List.of("customers-missing-from-customers-file"), Checked.checks(alone),
                "without an earlier run, the customers the file lacks still show it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void spendTimes100IsHeldOnTheAsOfWeeksSpend(String name) {
        Path cents = Exports.spendTimes100(base(name), fault(name, "spend-x100"));

        GateResult alone = Checked.alone(cents);

        assertEquals(List.of("as-of-week-spend", "as-of-week-mean-spend"), Checked.checks(alone), alone.messages());
        GateReason spend = alone.reasons().get(0);
        assertEquals(GateSettings.SPEND_MAX_FACTOR, spend.thresholdKey());
        DataProfile profile = Checked.profile(cents);
        assertEquals(java.math.BigDecimal.valueOf(profile.asOf().spendCents(), 2).toPlainString(), spend.value());
        assertEquals(100 * Checked.profile(base(name)).asOf().spendCents(), profile.asOf().spendCents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "generated"})
    void anExportAllInCentsIsHeldOnItsMeanSpendAloneAndOnTheSharedWeeksAfterARun(String name) {
        Path cents = Exports.copy(base(name), fault(name, "all-in-cents"));
        Exports.Table sales = Exports.Table.read(cents.resolve(Exports.SALES));
        int spend = sales.at("weekly_spend");
        sales.rows().forEach(row -> row[spend] = new java.math.BigDecimal(row[spend]).movePointRight(2).toPlainString());
        sales.write(cents.resolve(Exports.SALES));

        assertEquals(List.of("as-of-week-mean-spend"), Checked.checks(Checked.alone(cents)));
        assertTrue(Checked.checks(Checked.after(base(name), cents)).containsAll(
                List.of("as-of-week-mean-spend", "as-of-week-restated", "restated-spend")));
    }
}
