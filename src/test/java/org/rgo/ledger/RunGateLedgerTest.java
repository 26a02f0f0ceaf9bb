package org.rgo.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The data gate's records (V3) and the HELD status, in the H2 ledger across a reopen and in the in-memory one. */
class RunGateLedgerTest {

    private static final LocalDate WEEK = LocalDate.of(2025, 11, 22);
    private static final Instant T0 = Instant.parse("2025-11-24T07:00:00.123456Z");

    @TempDir
    Path dataDir;

    private JdbcRunLedger open() {
        return JdbcRunLedger.open(new LedgerSettings(LedgerSettings.h2FileUrl(dataDir), "sa", "", false));
    }

    @Test
    void aHeldRunItsReasonsAndProfileSurviveAReopenAndAReleaseMakesItTheLatestSuccess() {
        JdbcRunLedger ledger = open();
        RunRecord good = RunRecord.started("run-1", WEEK.minusWeeks(1), T0, List.of())
                .succeeded(T0.plusSeconds(1), 1, 2, 3, "LOW", "/out/a");
        RunRecord held = RunRecord.started("run-2", WEEK, T0.plusSeconds(60), List.of())
                .held(T0.plusSeconds(61), 4, 5, 6, "LOW", "/out/b");
        ledger.record(good);
        ledger.record(held);
        RunGate gate = new RunGate("run-2", "HELD", List.of("Sales rows: 80, expected at least 140 [k = 0.7].",
                "Spend: with a\nline break"), "rgo-data-profile 1\nas-of 2025-11-22\n", null);
        ledger.recordGate(gate);
        ledger.recordGate(new RunGate("run-1", "PASSED", List.of(), null, null));

        JdbcRunLedger reopened = open();

        assertEquals(RunRecord.Status.HELD, reopened.find("run-2").orElseThrow().status());
        assertEquals(Optional.of(good), reopened.latestSucceeded(), "a held run is not a successful one");
        assertEquals(new RunGate("run-2", "HELD", List.of("Sales rows: 80, expected at least 140 [k = 0.7].",
                "Spend: with a line break"), gate.profile(), null), reopened.gate("run-2").orElseThrow());
        assertEquals(new RunGate("run-1", "PASSED", List.of(), null, null), reopened.gate("run-1").orElseThrow());
        assertEquals(Optional.empty(), reopened.gate("run-3"));

        reopened.record(held.released());
        reopened.recordGate(reopened.gate("run-2").orElseThrow().released(T0.plusSeconds(3600)));

        assertEquals("run-2", reopened.latestSucceeded().orElseThrow().runId());
        assertEquals(T0.plusSeconds(3600), reopened.gate("run-2").orElseThrow().releasedAt());
        assertEquals("HELD", reopened.gate("run-2").orElseThrow().status(), "the gate's verdict stays on record");
    }

    @Test
    void theInMemoryLedgerKeepsGatesToo() {
        InMemoryRunLedger ledger = new InMemoryRunLedger();
        RunGate gate = new RunGate("run-1", "PASSED", List.of(), "profile", null);

        ledger.recordGate(gate);

        assertEquals(Optional.of(gate), ledger.gate("run-1"));
        assertEquals(Optional.empty(), ledger.gate("run-2"));
    }
}
