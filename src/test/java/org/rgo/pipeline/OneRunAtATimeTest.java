package org.rgo.pipeline;

import org.junit.jupiter.api.Test;
import org.rgo.generate.GenerateCommand;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Await;
import org.rgo.support.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Runs go one at a time: the run trigger, the weekly tick and operators all ask for runs, and with
 * a retry delay shorter than a run, a set still being analysed would be handed out again if a
 * second request were taken while the first run is still going.
 */
class OneRunAtATimeTest {

    @Test
    void aRunLongerThanTheRetryDelayIsNotStartedTwice() throws Exception {
        try (Service service = Service.in("one-run-at-a-time")
                .with("rgo.run.retry-delay-ms", "1")
                .with("rgo.analysis.chunk-customers", "64")
                .start()) {
            Path generated = service.root().resolve("generated");
            // long enough that the second request comes while the run is going
            assertEquals(0, GenerateCommand.run(new String[] {"generate", "--customers", "20000", "--weeks", "16",
                    "--stores", "8", "--skus", "10", "--seed", "3", "--out", generated.toString()}));
            dropAll(service, generated);
            Await.until("a run started", () -> !service.runs().isEmpty());

            // as the weekly tick does, beside the run trigger
            assertFalse(service.requestRun(), "the second request waits for the run and finds nothing due");

            List<RunRecord> runs = service.runs();
            assertEquals(1, runs.size(), "runs: " + runs);
            assertEquals(RunRecord.Status.SUCCEEDED, runs.get(0).status());
        }
    }

    private static void dropAll(Service service, Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                service.inbox().drop(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
