package org.rgo.delivery;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunFoldersTest {

    private final Path outbox = Path.of("target", "delivery-tests", "run-folders-" + System.nanoTime());

    @Test
    void theNewestCompleteRunIsTheLatestRunTimeNotTheLatestWeek() throws Exception {
        complete("2025-11-29_20261124T070000000Z");
        Path newest = complete("2025-11-22_20261201T070000000Z");
        complete("2025-11-22_20261130T070000000Z");

        assertEquals(Optional.of(newest), RunFolders.newestComplete(outbox));
    }

    @Test
    void aSecondRunInTheSameMillisecondIsTheNewer() throws Exception {
        complete("2025-11-22_20261201T070000000Z");
        Path second = complete("2025-11-22_20261201T070000000Z-1");

        assertEquals(Optional.of(second), RunFolders.newestComplete(outbox));
    }

    @Test
    void foldersThatAreNotFinishedRunsAreIgnored() throws Exception {
        Path finished = complete("2025-11-22_20261124T070000000Z");
        Path missingReport = complete("2025-11-22_20261201T070000000Z");
        Files.delete(missingReport.resolve("report.html"));
        complete(".tmp-2025-11-22_20261202T070000000Z123");
        Files.createDirectories(outbox.resolve("mail"));

        assertEquals(Optional.of(finished), RunFolders.newestComplete(outbox));
    }

    @Test
    void anEmptyOrMissingOutboxHasNoRun() {
        assertEquals(Optional.empty(), RunFolders.newestComplete(outbox));
    }

    private Path complete(String name) throws Exception {
        Path run = outbox.resolve(name);
        Files.createDirectories(run);
        for (String file : RunFolders.REPORT_FILES) {
            Files.writeString(run.resolve(file), "x");
        }
        return run;
    }
}
