package org.rgo.ledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same ledger on a real PostgreSQL, when one is given: RGO_TEST_POSTGRES_URL (e.g.
 * jdbc:postgresql://127.0.0.1:5432/rgo_ledger), RGO_TEST_POSTGRES_USER, RGO_TEST_POSTGRES_PASSWORD.
 * Each test works in a schema of its own and drops it afterwards.
 */
@EnabledIfEnvironmentVariable(named = "RGO_TEST_POSTGRES_URL", matches = ".+")
class PostgresRunLedgerTest {

    private static final Instant T0 = Instant.parse("2025-11-24T07:00:00.123456Z");
    private static final List<RunRecord.InputFile> INPUTS = List.of(
            new RunRecord.InputFile("retail_customers", "retail_customers.csv", "a".repeat(64), 200),
            new RunRecord.InputFile("stock_availability", "stock_availability.csv", null, 360));

    private final String schema = "rgo_test_" + UUID.randomUUID().toString().replace("-", "");
    private LedgerSettings settings;

    @BeforeEach
    void inAFreshSchema() throws SQLException {
        String url = System.getenv("RGO_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("RGO_TEST_POSTGRES_USER", "");
        String password = System.getenv().getOrDefault("RGO_TEST_POSTGRES_PASSWORD", "");
        execute(url, user, password, "CREATE SCHEMA " + schema);
        settings = new LedgerSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                password, false);
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        execute(System.getenv("RGO_TEST_POSTGRES_URL"), settings.user(), settings.password(),
                "DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void runs_survive_the_round_trip_and_a_new_ledger() {
        RunRecord first = RunRecord.started("run-1", LocalDate.of(2025, 11, 15), T0, INPUTS)
                .succeeded(T0.plusSeconds(2), 6123.75, 10331.02, 187, "LOW", "/out/1")
                .withDelivery(RunRecord.Delivery.DELIVERED);
        RunRecord second = RunRecord.started("run-2", LocalDate.of(2025, 11, 22), T0.plusSeconds(60), INPUTS)
                .failed(T0.plusSeconds(61), "stock file rejected");
        JdbcRunLedger before = JdbcRunLedger.open(settings);
        before.record(RunRecord.started("run-1", LocalDate.of(2025, 11, 15), T0, INPUTS));
        before.record(first);
        before.record(second);

        JdbcRunLedger after = JdbcRunLedger.open(settings);

        assertEquals(first, after.find("run-1").orElseThrow());
        assertEquals(List.of(second, first), after.recent(5));
        assertEquals(first, after.latestSucceeded().orElseThrow());
    }

    @Test
    void priorities_survive_the_round_trip_in_rank_order_to_the_cent() {
        JdbcRunLedger ledger = JdbcRunLedger.open(settings);
        ledger.record(RunRecord.started("run-1", LocalDate.of(2025, 11, 15), T0, INPUTS));
        List<RunPriority> priorities = List.of(
                new RunPriority(1, "C-9", "operational_stockout", "Operations/Inventory", 2.67, 3.34),
                new RunPriority(2, "c".repeat(5000), "behavioral_churn", "Customer Success", 1000000.01, 1950000.02));

        ledger.recordPriorities("run-1", List.of(priorities.get(1), priorities.get(0)));

        assertEquals(priorities, JdbcRunLedger.open(settings).priorities("run-1"));
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
