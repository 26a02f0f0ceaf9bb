package org.rgo.ledger;

import org.rgo.config.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDBC ledger on a real H2 file database in a temporary folder. */
class JdbcRunLedgerTest {

    private static final LocalDate WEEK = LocalDate.of(2025, 11, 22);
    private static final Instant T0 = Instant.parse("2025-11-24T07:00:00.123456Z");
    private static final List<RunRecord.InputFile> INPUTS = List.of(
            new RunRecord.InputFile("retail_customers", "retail_customers.csv", "a".repeat(64), 200),
            new RunRecord.InputFile("retail_weekly_sales", "retail_weekly_sales.csv", "b".repeat(64), 2400),
            new RunRecord.InputFile("stock_availability", "stock_availability.csv", null, 360));

    @TempDir
    Path dataDir;

    private LedgerSettings settings() {
        return new LedgerSettings(LedgerSettings.h2FileUrl(dataDir), "sa", "", false);
    }

    @Test
    void opening_creates_the_schema_with_flyway_in_an_h2_file() throws SQLException {
        JdbcRunLedger.open(settings());

        assertTrue(Files.exists(dataDir.resolve("ledger.mv.db")), "H2 file database under the data folder");
        try (Connection c = DriverManager.getConnection(settings().url(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL")) {
            assertTrue(rows.next());
            assertEquals("1", rows.getString(1));
            assertTrue(rows.getBoolean(2));
        }
    }

    @Test
    void every_field_survives_the_round_trip() {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings());
        RunRecord started = RunRecord.started("run-1", WEEK, T0, INPUTS);

        ledger.record(started);
        assertEquals(started, ledger.find("run-1").orElseThrow());

        RunRecord delivered = started.succeeded(T0.plusSeconds(3), 6257.13, 10754.95, 193, "LOW", "/out/2025-11-22_x")
                .withDelivery(RunRecord.Delivery.DELIVERED);
        ledger.record(delivered);
        RunRecord back = ledger.find("run-1").orElseThrow();
        assertEquals(delivered, back);
        assertEquals(INPUTS, back.inputs());
        assertEquals(3000, back.durationMillis());
        assertEquals(List.of(delivered), ledger.recent(10), "recording again replaces the run, it does not add one");
    }

    @Test
    void a_failed_run_keeps_its_reason_and_has_no_totals() {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings());
        RunRecord failed = RunRecord.started("run-f", WEEK, T0, INPUTS).failed(T0.plusMillis(5), "stock file <bad>");

        ledger.record(failed);

        RunRecord back = ledger.find("run-f").orElseThrow();
        assertEquals(failed, back);
        assertEquals(RunRecord.Status.FAILED, back.status());
        assertEquals(null, back.totalRei());
    }

    @Test
    void a_new_ledger_on_the_same_file_sees_the_old_runs() {
        JdbcRunLedger before = JdbcRunLedger.open(settings());
        RunRecord first = RunRecord.started("run-1", WEEK.minusWeeks(1), T0, INPUTS)
                .succeeded(T0.plusSeconds(1), 100.0, 150.0, 3, "LOW", "/out/1");
        RunRecord second = RunRecord.started("run-2", WEEK, T0.plusSeconds(60), INPUTS)
                .succeeded(T0.plusSeconds(61), 200.25, 300.5, 5, "MEDIUM", "/out/2");
        RunRecord third = RunRecord.started("run-3", WEEK, T0.plusSeconds(120), INPUTS)
                .failed(T0.plusSeconds(121), "boom");
        before.record(first);
        before.record(second);
        before.record(third);

        JdbcRunLedger after = JdbcRunLedger.open(settings());

        assertEquals(List.of(third, second, first), after.recent(10), "newest first");
        assertEquals(List.of(third, second), after.recent(2));
        assertEquals(List.of(), after.recent(0));
        assertEquals(second, after.latestSucceeded().orElseThrow(), "the failed run is not what we reported");
        assertEquals(third, after.latest().orElseThrow());
        assertTrue(after.find("nope").isEmpty());
    }

    @Test
    void reopening_does_not_migrate_again() throws SQLException {
        JdbcRunLedger.open(settings()).record(RunRecord.started("run-1", WEEK, T0, INPUTS));
        JdbcRunLedger.open(settings());

        try (Connection c = DriverManager.getConnection(settings().url(), "sa", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL")) {
            rows.next();
            assertEquals(migrationScripts(), rows.getInt(1));
        }
    }

    /** The Flyway scripts in src/main/resources/db/migration: each is applied once. */
    private static int migrationScripts() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_runs_priorities_survive_the_round_trip_in_rank_order_to_the_cent() {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings());
        ledger.record(RunRecord.started("run-1", WEEK, T0, INPUTS));
        String longId = "customer-" + "x".repeat(5000);
        List<RunPriority> priorities = List.of(
                new RunPriority(1, "C-9", "operational_stockout", "Operations/Inventory", 2.675, 3.34),
                new RunPriority(2, longId, "behavioral_churn", "Customer Success", 1000000.01, 1950000.02),
                new RunPriority(3, "<script>", "demand_softness", "Sales/Marketing", 0.0, 0.0));

        ledger.recordPriorities("run-1", List.of(priorities.get(2), priorities.get(0), priorities.get(1)));

        List<RunPriority> read = JdbcRunLedger.open(settings()).priorities("run-1");
        // 2.675 is the double 2.67499999…: round2 keeps 2.67, as the run reported it (SPEC round2)
        assertEquals(List.of(new RunPriority(1, "C-9", "operational_stockout", "Operations/Inventory", 2.67, 3.34),
                priorities.get(1), priorities.get(2)), read);
        assertEquals(List.of(), ledger.priorities("run-unknown"));
    }

    @Test
    void recording_priorities_again_replaces_them_and_a_deleted_run_takes_them_along() throws SQLException {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings());
        ledger.record(RunRecord.started("run-1", WEEK, T0, INPUTS));
        ledger.recordPriorities("run-1", List.of(new RunPriority(1, "a", "demand_softness", "Sales/Marketing", 1, 1),
                new RunPriority(2, "b", "demand_softness", "Sales/Marketing", 1, 1)));
        ledger.recordPriorities("run-1", List.of(new RunPriority(1, "c", "structural_decline", "Sales leadership", 5, 6.25)));

        assertEquals(List.of(new RunPriority(1, "c", "structural_decline", "Sales leadership", 5, 6.25)),
                ledger.priorities("run-1"));
        try (Connection c = DriverManager.getConnection(settings().url(), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM rgo_run WHERE run_id = 'run-1'");
        }
        assertEquals(List.of(), ledger.priorities("run-1"));
    }

    @Test
    void a_ledger_made_before_priorities_were_kept_is_migrated_and_keeps_its_runs() {
        org.flywaydb.core.Flyway.configure().dataSource(settings().url(), "sa", "")
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(settings().url(), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO rgo_run (run_id, as_of_week, started_at, status, delivery) "
                    + "VALUES ('old-run', DATE '2025-11-15', TIMESTAMP WITH TIME ZONE '2025-11-17 07:00:00+00', "
                    + "'SUCCEEDED', 'NONE')");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        JdbcRunLedger ledger = JdbcRunLedger.open(settings());

        assertEquals(LocalDate.of(2025, 11, 15), ledger.find("old-run").orElseThrow().asOfWeek());
        assertEquals(List.of(), ledger.priorities("old-run"));
        ledger.recordPriorities("old-run", List.of(new RunPriority(1, "a", "demand_softness", "Sales/Marketing", 1, 1.05)));
        assertEquals(1, ledger.priorities("old-run").size());
    }

    @Test
    void the_in_memory_ledger_keeps_priorities_the_same_way() {
        InMemoryRunLedger ledger = new InMemoryRunLedger();
        List<RunPriority> priorities = List.of(new RunPriority(1, "a", "demand_softness", "Sales/Marketing", 1, 1.05));
        ledger.recordPriorities("run-1", priorities);
        assertEquals(priorities, ledger.priorities("run-1"));
        assertEquals(List.of(), ledger.priorities("run-2"));
    }

    @Test
    void times_are_kept_to_the_microsecond() {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings());
        Instant withNanos = Instant.parse("2025-11-24T07:00:00.123456789Z");

        ledger.record(RunRecord.started("run-n", WEEK, withNanos, INPUTS));

        assertEquals(Instant.parse("2025-11-24T07:00:00.123456Z"), ledger.find("run-n").orElseThrow().startedAt());
    }

    @Test
    void an_overlong_error_is_cut_to_its_column() {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings());

        ledger.record(RunRecord.started("run-l", WEEK, T0, INPUTS).failed(T0, "x".repeat(10_000)));

        assertEquals(4000, ledger.find("run-l").orElseThrow().error().length());
    }

    @Test
    void an_unreachable_database_is_named_in_the_error() {
        LedgerSettings nowhere = new LedgerSettings("jdbc:nosuchdriver:x", "", "", false);

        LedgerException e = assertThrows(LedgerException.class, () -> JdbcRunLedger.open(nowhere));

        assertTrue(e.getMessage().contains("jdbc:nosuchdriver:x"), e.getMessage());
    }

    @Test
    void the_service_gets_the_durable_ledger_under_the_data_folder() {
        Map<String, String> keys = Map.of("rgo.service.enabled", "true", "rgo.data-dir", dataDir.toString(),
                "rgo.ledger.url", "", "rgo.ledger.user", "sa", "rgo.ledger.one-shot-runs", "false");

        RunLedger ledger = RunLedgers.configured(new Keys(keys::get));

        JdbcRunLedger jdbc = assertInstanceOf(JdbcRunLedger.class, ledger);
        assertEquals("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger"), jdbc.url());
    }

    @Test
    void the_one_shot_command_keeps_its_runs_in_memory_unless_asked() {
        Map<String, String> oneShot = Map.of("rgo.service.enabled", "false", "rgo.data-dir", dataDir.toString(),
                "rgo.ledger.one-shot-runs", "false");
        Map<String, String> recording = Map.of("rgo.service.enabled", "false", "rgo.data-dir", dataDir.toString(),
                "rgo.ledger.one-shot-runs", "true");

        assertInstanceOf(InMemoryRunLedger.class, RunLedgers.configured(new Keys(oneShot::get)));
        assertTrue(Files.notExists(dataDir.resolve("ledger.mv.db")));
        assertInstanceOf(JdbcRunLedger.class, RunLedgers.configured(new Keys(recording::get)));
        assertTrue(Files.exists(dataDir.resolve("ledger.mv.db")));
    }

    @Test
    void a_url_from_the_configuration_wins_over_the_data_folder() {
        Path elsewhere = dataDir.resolve("elsewhere");
        Map<String, String> keys = Map.of("rgo.data-dir", dataDir.resolve("unused").toString(),
                "rgo.ledger.url", LedgerSettings.h2FileUrl(elsewhere), "rgo.ledger.one-shot-runs", "false");

        LedgerSettings settings = LedgerSettings.from(new Keys(keys::get));

        assertEquals("jdbc:h2:file:" + elsewhere.toAbsolutePath().resolve("ledger"), settings.url());
        assertEquals("", settings.user());
    }
}
