package org.rgo.pipeline;

import org.junit.jupiter.api.Test;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Await;
import org.rgo.support.Csv;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Staged data survives a restart of the real service: a set staged but not yet run is run by the
 * next start without dropping anything again, and a set already run is not run again, even when
 * its files are dropped again.
 */
class StagedDataRestartTest {

    @Test
    void aSetStagedButNotYetRunIsRunAfterARestartWithoutDroppingItAgain() throws Exception {
        // a quiet period no test waits out: the first lifetime stages, and never runs
        Service first = Service.in("pipeline/restart-not-run").with("rgo.ingest.quiet-period-ms", "3600000");
        Inbox inbox = first.inbox();
        try (Service service = first.start()) {
            inbox.dropSample();
            inbox.awaitAccepted("retail_customers", 1);
            inbox.awaitAccepted("retail_weekly_sales", 1);
            inbox.awaitAccepted("stock_availability", 1);
        }
        assertEquals(List.of(), first.runFolders());
        assertEquals("", inbox.lastRun());

        try (Service second = first.again().with("rgo.ingest.quiet-period-ms", "300").start()) {
            RunRecord run = second.awaitRun(RunRecord.Status.SUCCEEDED);
            inbox.awaitRunMarked("");

            assertEquals(List.of(Path.of(run.outputFolder())), second.runFolders());
            assertEquals(List.of(Inbox.CUSTOMERS, Inbox.SALES, Inbox.STOCK),
                    run.inputs().stream().map(RunRecord.InputFile::name).toList());
        }
    }

    @Test
    void aSetAlreadyRunIsNotRunAgainAfterARestartNorWhenItsFilesAreDroppedAgain() throws Exception {
        Service first = Service.in("pipeline/restart-already-run");
        Inbox inbox = first.inbox();
        Path run;
        String runId;
        try (Service service = first.start()) {
            run = service.runOnSample();
            runId = service.runs().get(0).runId();
        }

        try (Service second = first.again().with("rgo.ingest.quiet-period-ms", "0").start()) {
            assertFalse(second.requestRun(), "the set reported before the restart is not run again");
            inbox.dropSample();
            inbox.awaitAccepted("retail_customers", 2);
            inbox.awaitAccepted("retail_weekly_sales", 2);
            inbox.awaitAccepted("stock_availability", 2);
            assertFalse(second.requestRun(), "the same bytes dropped after a restart start no run");
            assertEquals(List.of(runId), second.runs().stream().map(RunRecord::runId).toList(),
                    "the ledger holds the first service's run only");
        }
        assertEquals(List.of(run), first.runFolders());
    }

    /**
     * Staging moves the new copy in before it writes its checksum: a service killed between the two
     * leaves new data under the old checksum, which the next start must notice and run.
     */
    @Test
    void newDataLeftUnderAnOldChecksumByAKilledServiceIsRunAfterTheRestart() throws Exception {
        Service first = Service.in("pipeline/restart-torn-staging");
        Inbox inbox = first.inbox();
        try (Service service = first.start()) {
            service.runOnSample();
        }
        String firstRun = inbox.lastRun();
        Path stagedSales = inbox.staging().resolve(Inbox.SALES);
        List<String> changed = Csv.withField(Inbox.sampleLines(Inbox.SALES), 2, "weekly_spend", "77.77");
        Files.writeString(stagedSales, String.join("\n", changed) + "\n");

        try (Service second = first.again().start()) {
            inbox.awaitRunMarked(firstRun);
            Await.until("the second run in the ledger", () -> second.runs().size() == 2);
            assertEquals(StagingArea.sha256(stagedSales), second.runs().get(0).inputs().stream()
                    .filter(input -> input.kind().equals("retail_weekly_sales")).findFirst().orElseThrow().sha256());
        }
        assertEquals(StagingArea.sha256(stagedSales), inbox.stagedSha256("retail_weekly_sales"));
        assertEquals(2, first.runFolders().size());
    }
}
