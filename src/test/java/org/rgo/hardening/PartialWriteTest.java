package org.rgo.hardening;

import org.junit.jupiter.api.Test;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Check;
import org.rgo.support.Csv;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file still being written is not read until it is complete. */
class PartialWriteTest {

    /** Far longer than the writer's pauses, so only a finished file has stood still that long. */
    private static final String MIN_AGE_MILLIS = "1500";
    private static final long PAUSE_MILLIS = 100;
    private static final int CHUNKS = 25;

    @Test
    void aFileWrittenSlowlyIsReadOnlyOnceItIsComplete() throws Exception {
        try (Service service = Service.in("hardening/slow-write").with("rgo.ingest.read-lock-min-age-ms", MIN_AGE_MILLIS)
                .with("rgo.ingest.read-lock-check-interval-ms", "100").start()) {
            Inbox inbox = service.inbox();
            inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS));
            inbox.drop(Inbox.STOCK, Inbox.sample(Inbox.STOCK));

            writeSlowly(inbox.dir().resolve(Inbox.SALES), Inbox.sample(Inbox.SALES));

            inbox.awaitRunMarked("");
            assertEquals(List.of(), Folders.names(inbox.error()), "nothing read half-written");
            assertEquals(StagingArea.sha256(Inbox.SAMPLES.resolve(Inbox.SALES)), inbox.stagedSha256("retail_weekly_sales"));
            RunRecord run = service.awaitRun(RunRecord.Status.SUCCEEDED);
            assertEquals(new RunRecord.InputFile("retail_weekly_sales", Inbox.SALES,
                    StagingArea.sha256(Inbox.SAMPLES.resolve(Inbox.SALES)), 2400), run.inputs().get(1));
        }
    }

    @Test
    void withTheDoneMarkerOptionAFileIsReadOnlyOnceItsMarkerExistsAndTheMarkerIsRemoved() throws Exception {
        try (Service service = Service.in("hardening/done-marker")
                .with("rgo.ingest.done-file-name", "${file:name}.done").start()) {
            Inbox inbox = service.inbox();
            inbox.drop(Inbox.SALES, Inbox.sample(Inbox.SALES));
            inbox.drop(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS));
            inbox.drop(Inbox.STOCK, Inbox.sample(Inbox.STOCK));
            inbox.drop("stock_availability_bad.csv", Csv.withField(Inbox.sampleLines(Inbox.STOCK), 3,
                    "on_hand_units", "many"));
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
            inbox.awaitRunMarked("");
            assertEquals(List.of(), Folders.names(inbox.dir()).stream().filter(n -> !n.startsWith(".")).toList(),
                    "every file and marker taken");
            assertEquals(1, inbox.doneCount("retail_weekly_sales"));
            assertEquals(List.of(Path.of(service.awaitRun(RunRecord.Status.SUCCEEDED).outputFolder())),
                    service.runFolders(), "one run, on the complete set");
        }
    }

    /**
     * Writes {@code content} as an exporter would over a slow link: in chunks ending mid-line, one
     * every {@link #PAUSE_MILLIS} (a scheduled writer, so the test itself does not pause); returns once
     * the file is complete.
     */
    private static void writeSlowly(Path file, byte[] content) throws Exception {
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (OutputStream out = Files.newOutputStream(file)) {
            ScheduledFuture<?> last = null;
            for (int i = 0; i < CHUNKS; i++) {
                int from = content.length * i / CHUNKS;
                int to = content.length * (i + 1) / CHUNKS;
                last = writer.schedule(() -> {
                    try {
                        out.write(content, from, to - from);
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, i * PAUSE_MILLIS, TimeUnit.MILLISECONDS);
            }
            last.get(CHUNKS * PAUSE_MILLIS * 10, TimeUnit.MILLISECONDS);
        } finally {
            writer.shutdownNow();
        }
    }
}
