package org.rgo.ops;

import org.junit.jupiter.api.Test;
import org.rgo.ledger.RunRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunTimingLineTest {

    private static final RunRecord STARTED = RunRecord.started("r-1", LocalDate.parse("2025-11-22"),
            Instant.parse("2026-01-05T10:00:00Z"), List.of());
    private static final List<StepTime> STEPS = List.of(new StepTime("revenue-layer", 12_340_000, 3),
            new StepTime("write-outputs", 80_000_000, 1));

    @Test
    void aSucceededRunShowsItsTotalsAndEveryStep() {
        RunRecord run = STARTED.succeeded(Instant.parse("2026-01-05T10:00:01Z"), 6257.13, 10754.951, 193, "LOW",
                "outbox/x");

        assertEquals("Run r-1 succeeded in 412.0 ms: as-of 2025-11-22, total REI 10754.95, gap 6257.13, "
                        + "193 customers at risk, verdict LOW; report in outbox/x; process CPU 700.0 ms; steps: "
                        + "revenue-layer 12.3 ms in 3 chunks, write-outputs 80.0 ms",
                RunTimingLine.of("r-1", Optional.of(run), STEPS, 412_000_000, 700_000_000, null));
    }

    @Test
    void aHeldRunSaysSo() {
        RunRecord run = STARTED.held(Instant.parse("2026-01-05T10:00:01Z"), 6257.13, 14703.88, 193, "LOW", "outbox/x");

        assertEquals("Run r-1 was held by the data gate (reported, not mailed) after 412.0 ms: as-of 2025-11-22, "
                        + "total REI 14703.88, gap 6257.13, 193 customers at risk, verdict LOW; report in outbox/x; "
                        + "process CPU 700.0 ms; steps: revenue-layer 12.3 ms in 3 chunks, write-outputs 80.0 ms",
                RunTimingLine.of("r-1", Optional.of(run), STEPS, 412_000_000, 700_000_000, null));
    }

    @Test
    void aFailedRunShowsWhyAndTheStepsItGotThrough() {
        RunRecord run = STARTED.failed(Instant.parse("2026-01-05T10:00:01Z"), "disk full");

        assertEquals("Run r-1 failed after 100.0 ms: as-of 2025-11-22: disk full; process CPU 90.0 ms; steps: "
                        + "revenue-layer 12.3 ms in 3 chunks, write-outputs 80.0 ms",
                RunTimingLine.of("r-1", Optional.of(run), STEPS, 100_000_000, 90_000_000,
                        new IllegalStateException("disk full")));
    }

    @Test
    void aRunThatFailedBeforeTheLedgerRecordedIt() {
        assertEquals("Run (not recorded) failed after 1.5 ms: ledger down; process CPU 1.0 ms; steps: none",
                RunTimingLine.of(null, Optional.empty(), List.of(), 1_500_000, 1_000_000,
                        new IllegalStateException("ledger down")));
    }
}
