package org.rgo.ops;

import org.junit.jupiter.api.Test;
import org.rgo.delivery.MailOutbox;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.InMemoryRunLedger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OperatorFoldersTest {

    @TempDir
    Path inbox;

    @Test
    void stagedFilesNameEachDataSetWithItsAgeOrSayNothingIsStaged() throws IOException {
        StagingArea staging = new StagingArea(inbox, System::currentTimeMillis);
        Path dropped = inbox.resolve("retail_customers_2025w47.csv");
        Files.writeString(dropped, "customer_id\n1\n");
        staging.stage(InputKind.CUSTOMERS, dropped);
        Instant stagedAt = Instant.parse("2026-01-05T10:00:00Z");
        Files.setLastModifiedTime(staging.dir().resolve("retail_customers.csv"), FileTime.from(stagedAt));

        Map<InputKind, OperatorView.StagedDataSet> staged =
                new OperatorView(new InMemoryRunLedger(), staging, inbox, inbox.resolve("outbox"), Clock.systemUTC())
                        .staged();
        List<String> lines = OperatorFolders.stagedFiles(staged, stagedAt.plus(Duration.ofMinutes(75)));

        assertEquals(List.of(
                "retail_customers: retail_customers_2025w47.csv, staged 2026-01-05T10:00:00Z (1h 15m ago)",
                "retail_weekly_sales: nothing staged",
                "stock_availability: nothing staged"), lines);
    }

    @Test
    void rejectedFilesAreNewestFirstWithoutTheirReasonFiles() throws IOException {
        Path error = Files.createDirectories(inbox.resolve(".error"));
        Path older = Files.writeString(error.resolve("retail_customers.20260105-100000-000.csv"), "x");
        Path newer = Files.writeString(error.resolve("stock_availability.20260106-100000-000.csv"), "x");
        Files.writeString(error.resolve("stock_availability.20260106-100000-000.csv.error.txt"), "Rejected ...");
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-05T10:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-01-06T10:00:00Z")));

        assertEquals(List.of("stock_availability.20260106-100000-000.csv", "retail_customers.20260105-100000-000.csv"),
                OperatorFolders.rejectedFiles(inbox));
    }

    @Test
    void noErrorFolderMeansNothingRejectedAndNoPendingFolderMeansNoEmails() {
        assertEquals(List.of(), OperatorFolders.rejectedFiles(inbox));
        assertEquals(List.of(), MailOutbox.of(inbox).pending());
    }

    @Test
    void pendingEmailsCountOnlyEmlFiles() throws IOException {
        Path pending = Files.createDirectories(inbox.resolve("mail/pending"));
        Files.writeString(pending.resolve("a.eml"), "x");
        Files.writeString(pending.resolve("b.eml"), "x");
        Files.writeString(pending.resolve("b.eml.tmp"), "x");

        assertEquals(2, MailOutbox.of(inbox).pending().size());
    }

    @Test
    void ageShowsTheTwoLargestUnits() {
        assertEquals("0s", OperatorFolders.age(Duration.ofMillis(-5)));
        assertEquals("59s", OperatorFolders.age(Duration.ofSeconds(59)));
        assertEquals("12m 5s", OperatorFolders.age(Duration.ofSeconds(12 * 60 + 5)));
        assertEquals("3h 4m", OperatorFolders.age(Duration.ofMinutes(3 * 60 + 4).plusSeconds(30)));
        assertEquals("2d 3h", OperatorFolders.age(Duration.ofHours(51).plusMinutes(59)));
    }
}
