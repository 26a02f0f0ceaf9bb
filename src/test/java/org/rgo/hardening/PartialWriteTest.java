package org.rgo.hardening;

import org.junit.jupiter.api.Test;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Csv;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.Service;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunRecord;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file still being written is not read until it is complete. */
class PartialWriteTest {

    /** Far longer than the writer's pauses, so only a finished file has stood still that long. */
    private static final String MIN_AGE = "rgo.ingest.read-lock-min-age-ms=1500";
    private static final long PAUSE_MILLIS = 100;

    @Test
    void aFileWrittenSlowlyIsReadOnlyOnceItIsComplete() throws Exception {
        Path root = Folders.wiped("target/hardening/slow-write");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        try (Service service = Service.start(inbox.dir(), outbox, MIN_AGE,
                "rgo.ingest.read-lock-check-interval-ms=100")) {
            inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS));
            inbox.drop(Inbox.STOCK, Inbox.sample(Inbox.STOCK));
            byte[] sales = Inbox.sample(Inbox.SALES);

            // chunks end in the middle of a line, so a file read early would be rejected or short
            try (OutputStream out = Files.newOutputStream(inbox.dir().resolve(Inbox.SALES))) {
                int chunks = 25;
                for (int i = 0; i < chunks; i++) {
                    int from = sales.length * i / chunks;
                    int to = sales.length * (i + 1) / chunks;
                    out.write(sales, from, to - from);
                    out.flush();
                    Thread.sleep(PAUSE_MILLIS);
                }
            }

            inbox.awaitAccepted("retail_weekly_sales", 1);
            assertEquals(List.of(), Folders.names(inbox.error()), "nothing read half-written");
            assertEquals(StagingArea.sha256(Inbox.SAMPLES.resolve(Inbox.SALES)), inbox.stagedSha256("retail_weekly_sales"));
            RunRecord run = Await.value("the run", () -> service.runs().stream()
                    .filter(r -> r.status() == RunRecord.Status.SUCCEEDED).findFirst());
            assertEquals(2400, run.inputs().stream().filter(i -> i.kind().equals("retail_weekly_sales"))
                    .findFirst().orElseThrow().rows());
            inbox.awaitRunMarked("");
        }
    }

    @Test
    void withTheDoneMarkerOptionAFileIsReadOnlyOnceItsMarkerExistsAndTheMarkerIsRemoved() throws Exception {
        Path root = Folders.wiped("target/hardening/done-marker");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = root.resolve("outbox");
        try (Service service = Service.start(inbox.dir(), outbox, "rgo.ingest.done-file-name=${file:name}.done")) {
            inbox.drop(Inbox.SALES, Inbox.sample(Inbox.SALES));
            inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS));
            inbox.drop(Inbox.STOCK, Inbox.sample(Inbox.STOCK));
            inbox.drop("stock_availability_bad.csv", Csv.withField(Inbox.sampleLines(Inbox.STOCK), 3,
                    "on_hand_units", "many").stream().reduce((a, b) -> a + "\n" + b).orElseThrow());
            inbox.drop(Inbox.CUSTOMERS + ".done", "");
            inbox.drop(Inbox.STOCK + ".done", "");
            inbox.drop("stock_availability_bad.csv.done", "");

            inbox.awaitAccepted("retail_customers", 1);
            inbox.awaitAccepted("stock_availability", 1);
            Check.contains(inbox.awaitRejection("stock_availability_bad"), "line 3, column 4 (on_hand_units)");
            // the sales file is older than both, and would have been taken first but for its marker
            assertTrue(Files.exists(inbox.dir().resolve(Inbox.SALES)), "no marker, not read");
            assertEquals(0, inbox.doneCount("retail_weekly_sales"));

            inbox.drop(Inbox.SALES + ".done", "");
            inbox.awaitAccepted("retail_weekly_sales", 1);
            Await.until("a run folder", () -> !Folders.runFolders(outbox).isEmpty());
            Await.until("every marker removed", () -> Folders.names(inbox.dir()).stream()
                    .noneMatch(n -> n.endsWith(".csv.done")));
            assertFalse(Files.exists(inbox.dir().resolve(Inbox.SALES)));
            inbox.awaitRunMarked("");
        }
    }

}
