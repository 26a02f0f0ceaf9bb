package org.rgo.reportview;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyze route with a durable ledger: the second run's report shows what the first reported,
 * from an H2 file that outlives each service (two one-shot runs, a restart between them).
 */
class LastReportedThroughThePipelineTest {

    @TempDir
    Path work;

    @Test
    void the_second_run_reports_what_the_first_one_did() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data);
        HostileExport.write(data);
        // what `run --data DIR --out DIR` does, with the ledger asked to record one-shot runs
        Service oneShot = Service.in("reportview/last-reported").with("rgo.service.enabled", "false")
                .with("rgo.ledger.one-shot-runs", "true");
        Path out1 = oneShot.root().resolve("out-1");
        Path out2 = oneShot.root().resolve("out-2");

        List<RunRecord> runs;
        try (Service first = oneShot.start()) {
            oneShot(first, data, out1);
        }
        try (Service second = oneShot.again().start()) {
            oneShot(second, data, out2);
            runs = second.runs();
        }

        String first = Files.readString(out1.resolve("report.md"));
        String second = Files.readString(out2.resolve("report.md"));
        assertTrue(first.contains("no earlier run in the run ledger"), first);
        assertFalse(first.contains("Reported last time"));
        assertTrue(second.contains("| Reported last time"), second);
        assertTrue(second.contains("covered this same week 2025-11-22 (this is a re-run); REI is unchanged."),
                second);

        assertEquals(List.of(out2.toString(), out1.toString()), runs.stream().map(RunRecord::outputFolder).toList());
        for (RunRecord run : runs) {
            assertEquals(RunRecord.Status.SUCCEEDED, run.status());
            assertEquals(List.of("retail_customers.csv", "retail_weekly_sales.csv", "stock_availability.csv"),
                    run.inputs().stream().map(RunRecord.InputFile::name).toList());
        }
    }

    private static void oneShot(Service service, Path data, Path out) throws Exception {
        try (ProducerTemplate template = service.context().createProducerTemplate()) {
            template.requestBodyAndHeader("direct:one-shot", data.toString(), "rgoOutputFolder", out.toString());
        }
    }
}
