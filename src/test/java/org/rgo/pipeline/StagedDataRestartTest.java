package org.rgo.pipeline;

import org.junit.jupiter.api.Test;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Csv;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.Service;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staged data survives a restart of the real service: a set staged but not yet run is run by the
 * next start without dropping anything again, and a set already run is not run again, even when
 * its files are dropped again. (Two service lifetimes in one test, so these tests start Camel Main
 * themselves, as App does, instead of through @CamelMainTest, which gives one context per test.)
 */
class StagedDataRestartTest {

    /** A quiet period no test waits out: the first lifetime stages, and never runs. */
    private static final String NEVER_RUN = "rgo.ingest.quiet-period-ms=3600000";

    @Test
    void aSetStagedButNotYetRunIsRunAfterARestartWithoutDroppingItAgain() throws Exception {
        Path root = Folders.wiped("target/route-tests/restart-not-run");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        try (Service first = Service.start(inbox.dir(), outbox, NEVER_RUN)) {
            inbox.dropSample();
            inbox.awaitAccepted("retail_customers", 1);
            inbox.awaitAccepted("retail_weekly_sales", 1);
            inbox.awaitAccepted("stock_availability", 1);
        }
        assertEquals(List.of(), Folders.runFolders(outbox));
        assertFalse(Files.exists(inbox.staging().resolve("last-run")));

        try (Service second = Service.start(inbox.dir(), outbox)) {
            Path run = Await.value("the staged set's run after the restart",
                    () -> Folders.runFolders(outbox).stream().findFirst());
            assertTrue(Files.exists(run.resolve("summary.json")));
            RunRecord record = Await.value("the run in the ledger", () -> second.runs().stream()
                    .filter(r -> r.status() == RunRecord.Status.SUCCEEDED).findFirst());
            assertEquals(List.of("retail_customers.csv", "retail_weekly_sales.csv", "stock_availability.csv"),
                    record.inputs().stream().map(RunRecord.InputFile::name).toList());
            inbox.awaitRunMarked("");
        }
    }

    @Test
    void aSetAlreadyRunIsNotRunAgainAfterARestartNorWhenItsFilesAreDroppedAgain() throws Exception {
        Path root = Folders.wiped("target/route-tests/restart-already-run");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        try (Service first = Service.start(inbox.dir(), outbox)) {
            inbox.dropSample();
            inbox.awaitRunMarked("");
        }

        try (Service second = Service.start(inbox.dir(), outbox, "rgo.ingest.quiet-period-ms=0")) {
            assertFalse(second.requestRun(), "the set reported before the restart is not run again");
            inbox.dropSample();
            inbox.awaitAccepted("retail_customers", 2);
            inbox.awaitAccepted("retail_weekly_sales", 2);
            inbox.awaitAccepted("stock_availability", 2);
            assertFalse(second.requestRun(), "the same bytes dropped after a restart start no run");
            assertEquals(1, second.runs().size(), "the ledger holds the first service's run only");
        }
        assertEquals(1, Folders.runFolders(outbox).size(), "run folders: " + Folders.runFolders(outbox));
    }

    /**
     * Staging moves the new copy in before it writes its checksum: a service killed between the two
     * leaves new data under the old checksum, which the next start must notice and run.
     */
    @Test
    void newDataLeftUnderAnOldChecksumByAKilledServiceIsRunAfterTheRestart() throws Exception {
        Path root = Folders.wiped("target/route-tests/restart-torn-staging");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        try (Service first = Service.start(inbox.dir(), outbox)) {
            inbox.dropSample();
            inbox.awaitRunMarked("");
        }
        String firstRun = inbox.lastRun();
        Path stagedSales = inbox.staging().resolve("retail_weekly_sales.csv");
        List<String> changed = Csv.withField(Inbox.sampleLines(Inbox.SALES), 2, "weekly_spend", "77.77");
        Files.writeString(stagedSales, String.join("\n", changed) + "\n");

        try (Service second = Service.start(inbox.dir(), outbox)) {
            Await.until("a run of the changed staged data", () -> Folders.runFolders(outbox).size() == 2);
            inbox.awaitRunMarked(firstRun);
        }
        assertEquals(StagingArea.sha256(stagedSales), inbox.stagedSha256("retail_weekly_sales"));
    }
}
