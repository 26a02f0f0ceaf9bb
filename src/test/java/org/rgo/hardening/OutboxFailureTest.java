package org.rgo.hardening;

import org.junit.jupiter.api.Test;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.LogCapture;
import org.rgo.hardening.support.Service;
import org.rgo.ledger.RunRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outbox that cannot be written fails the run loudly (ledger FAILED, ERROR log), keeps every
 * input, and the same staged set runs once the outbox is fixed, without dropping anything again.
 * The outbox is made unwritable by putting a file where its folder should be: that holds even for
 * root, which file permissions would not stop.
 */
class OutboxFailureTest {

    @Test
    void anUnwritableOutboxFailsTheRunLoudlyKeepsTheInputsAndTheNextRunSucceedsOnceFixed() throws Exception {
        Path root = Folders.wiped("target/hardening/outbox-failure");
        Inbox inbox = new Inbox(root.resolve("inbox"));
        Path outbox = Files.writeString(root.resolve("outbox"), "a file where the outbox folder should be");

        try (LogCapture log = new LogCapture(); Service service = Service.start(inbox.dir(), outbox)) {
            inbox.dropSample();

            RunRecord failed = Await.value("a failed run in the ledger", () -> service.runs().stream()
                    .filter(r -> r.status() == RunRecord.Status.FAILED).findFirst());
            Check.contains(failed.error(), "cannot write the run's reports into " + outbox);
            Await.until("the ERROR log line", () -> log.text().contains("ERROR")
                    && log.text().contains("Run " + failed.runId() + " failed: cannot write the run's reports"));
            assertFalse(Files.exists(inbox.staging().resolve("last-run")), "the failed set is not marked as run");
            assertEquals(3, Folders.names(inbox.done()).size(), "accepted files kept: " + Folders.names(inbox.done()));
            for (String staged : List.of("retail_customers.csv", "retail_weekly_sales.csv", "stock_availability.csv")) {
                assertTrue(Files.isRegularFile(inbox.staging().resolve(staged)), staged + " stays staged");
            }

            Files.delete(outbox);

            Path run = Await.value("a run once the outbox is fixed",
                    () -> Folders.runFolders(outbox).stream().findFirst());
            assertTrue(Files.exists(run.resolve("summary.json")));
            RunRecord succeeded = Await.value("the successful run in the ledger", () -> service.runs().stream()
                    .filter(r -> r.status() == RunRecord.Status.SUCCEEDED).findFirst());
            assertEquals(run.toString(), succeeded.outputFolder());
            assertEquals(failed.inputs(), succeeded.inputs(), "the retried run used the same staged inputs");
            inbox.awaitRunMarked("");
        }
    }
}
