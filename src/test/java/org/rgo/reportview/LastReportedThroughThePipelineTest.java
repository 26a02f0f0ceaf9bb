package org.rgo.reportview;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.App;
import org.rgo.ledger.JdbcRunLedger;
import org.rgo.ledger.LedgerSettings;
import org.rgo.ledger.RunRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyze route with a durable ledger: the second run's report shows what the first reported,
 * from an H2 file that outlives each Camel context.
 */
class LastReportedThroughThePipelineTest {

    @TempDir
    Path work;

    @Test
    void the_second_run_reports_what_the_first_one_did() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data);
        HostileExport.write(data);

        oneShot(data, work.resolve("out-1"));
        oneShot(data, work.resolve("out-2"));

        String first = Files.readString(work.resolve("out-1/report.md"));
        String second = Files.readString(work.resolve("out-2/report.md"));
        assertTrue(first.contains("no earlier run in the run ledger"), first);
        assertFalse(first.contains("Reported last time"));
        assertTrue(second.contains("| Reported last time"), second);
        assertTrue(second.contains("covered this same week 2025-11-22 (this is a re-run); REI is unchanged."),
                second);

        List<RunRecord> runs = JdbcRunLedger.open(new LedgerSettings(
                LedgerSettings.h2FileUrl(work.resolve("state")), "sa", "", true)).recent(10);
        assertEquals(2, runs.size());
        for (RunRecord run : runs) {
            assertEquals(RunRecord.Status.SUCCEEDED, run.status());
            assertEquals(3, run.inputs().size());
            assertTrue(run.outputFolder().endsWith("out-1") || run.outputFolder().endsWith("out-2"));
        }
    }

    /** What {@code run --data DIR --out DIR} does, with the ledger asked to record one-shot runs. */
    private void oneShot(Path data, Path out) throws Exception {
        Main main = new Main(App.class);
        main.configure().withRoutesIncludePattern("file:routes/*.camel.yaml");
        main.addOverrideProperty("rgo.service.enabled", "false");
        main.addOverrideProperty("rgo.ledger.one-shot-runs", "true");
        main.addOverrideProperty("rgo.data-dir", work.resolve("state").toString());
        main.addOverrideProperty("rgo.inbox", work.resolve("inbox").toString());
        main.addOverrideProperty("rgo.outbox", work.resolve("outbox").toString());
        try {
            main.start();
            main.getCamelContext().createProducerTemplate()
                    .requestBodyAndHeader("direct:one-shot", data.toString(), "rgoOutputFolder", out.toString());
        } finally {
            main.stop();
        }
    }
}
