package org.rgo.ops.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.InMemoryRunLedger;
import org.rgo.ledger.RunGate;
import org.rgo.ledger.RunRecord;
import org.rgo.ops.OperatorView;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runs page names a held run's reasons, escaped, with the command that releases it. */
class RunsPageHeldRunTest {

    @TempDir
    Path root;

    @Test
    void aHeldRunShowsItsReasonsAndTheReleaseCommand() {
        Instant t0 = Instant.parse("2025-11-24T07:00:00Z");
        InMemoryRunLedger ledger = new InMemoryRunLedger();
        ledger.record(RunRecord.started("run-good", LocalDate.of(2025, 11, 15), t0, List.of())
                .succeeded(t0.plusSeconds(5), 1, 2, 3, "LOW", root.resolve("outbox/a").toString()));
        ledger.record(RunRecord.started("run-held", LocalDate.of(2025, 11, 22), t0.plusSeconds(60), List.of())
                .held(t0.plusSeconds(65), 1, 2, 3, "LOW", root.resolve("outbox/b").toString()));
        ledger.recordGate(new RunGate("run-held", "HELD",
                List.of("Sales rows <script>: 80, expected at least 140 [rgo.gate.rows.min-ratio = 0.7]."), null, null));
        Clock clock = Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC);
        OperatorView view = new OperatorView(ledger, new StagingArea(root.resolve("inbox"), clock::millis),
                root.resolve("inbox"), root.resolve("outbox"), clock);

        String html = new RunsPage(view, new ReportFiles(root.resolve("outbox"))).html();

        assertTrue(html.contains("<td class=\"HELD\">HELD</td>"), html);
        assertTrue(html.contains("Sales rows &lt;script&gt;: 80, expected at least 140 [rgo.gate.rows.min-ratio = 0.7]."));
        assertTrue(html.contains("observe/jolokia/exec/rgo:type=Orchestrator/releaseHeldRun/run-held"));
        assertFalse(html.contains("releaseHeldRun/run-good"), "only held runs can be released");
    }
}
