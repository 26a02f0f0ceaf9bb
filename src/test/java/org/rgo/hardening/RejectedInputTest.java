package org.rgo.hardening;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rgo.ingest.StagingArea;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Csv;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Bad input through the real routes: a rejected file lands in inbox/.error beside a report naming
 * file, line, column, value and rule; a symbolic link and an oversized file are rejected unread;
 * the set staged before stays in use and a good file still runs. Each rule itself is tested once,
 * in ExportReaderTest. The inbox is filled before the service starts, the sample with the oldest
 * time stamps, so the service takes it first (sortBy=file:modified) and the bad files after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedInputTest {

    /** The sample's sales file has 190,044 bytes. */
    private static final int MAX_FILE_BYTES = 200_000;

    private final Service configured = Service.in("hardening/rejected")
            .with("rgo.ingest.max-file-bytes", Integer.toString(MAX_FILE_BYTES));
    private final Inbox inbox = configured.inbox();
    private final Path outside = configured.root().resolve("outside-the-inbox.csv");
    private Service service;
    private byte[] textMoney;
    private byte[] tooBig;

    @BeforeAll
    void dropTheSampleThenBadFilesAndStart() throws Exception {
        inbox.dropAged(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS), 600);
        inbox.dropAged(Inbox.SALES, Inbox.sample(Inbox.SALES), 600);
        inbox.dropAged(Inbox.STOCK, Inbox.sample(Inbox.STOCK), 600);

        textMoney = lines(Csv.withField(Inbox.sampleLines(Inbox.SALES), 3, "weekly_spend", "twelve"));
        inbox.dropAged("retail_weekly_sales_text_money.csv", textMoney, 300);
        List<String> stock = Inbox.sampleLines(Inbox.STOCK);
        StringBuilder big = new StringBuilder(String.join("\n", stock)).append('\n');
        while (big.length() <= MAX_FILE_BYTES) {
            stock.subList(1, stock.size()).forEach(line -> big.append(line).append('\n'));
        }
        tooBig = big.toString().getBytes(StandardCharsets.UTF_8);
        inbox.dropAged("stock_availability_too_big.csv", tooBig, 300);
        // a link to a file the dropper might not be allowed to read, here a valid customers export
        Files.writeString(outside, "customer_id\nsecret-customer\n");
        Path link = Files.createSymbolicLink(inbox.dir().resolve("retail_customers_link.csv"), outside);
        Files.setLastModifiedTime(link, Files.getLastModifiedTime(inbox.dir().resolve(Inbox.CUSTOMERS)));

        service = configured.start();
        for (String rejected : List.of("retail_weekly_sales_text_money", "stock_availability_too_big",
                "retail_customers_link")) {
            inbox.awaitRejection(rejected);
        }
        inbox.awaitRunMarked("");
    }

    @AfterAll
    void stop() {
        configured.close();
    }

    @Test
    void aBadValueIsRejectedWithAReportNamingFileLineColumnValueAndRuleAndTheFileIsKept() {
        assertEquals("""
                Rejected retail_weekly_sales_text_money.csv: 1 problem
                retail_weekly_sales_text_money.csv: line 3, column 3 (weekly_spend), value 'twelve': money must be \
                a plain decimal such as 12.50
                """, inbox.awaitRejection("retail_weekly_sales_text_money"));
        assertArrayEquals(textMoney, bytes(kept("retail_weekly_sales_text_money")), "the rejected file, unchanged");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnread() {
        assertEquals("Rejected stock_availability_too_big.csv: 1 problem\nstock_availability_too_big.csv: the file has "
                        + tooBig.length + " bytes, more than the limit of " + MAX_FILE_BYTES
                        + " (rgo.ingest.max-file-bytes)\n",
                inbox.awaitRejection("stock_availability_too_big"));
        assertArrayEquals(tooBig, bytes(kept("stock_availability_too_big")));
    }

    @Test
    void aSymbolicLinkIsRejectedWithoutReadingItsTarget() {
        assertEquals("Rejected retail_customers_link.csv: 1 problem\n"
                        + "retail_customers_link.csv: is a symbolic link; drop the file itself\n",
                inbox.awaitRejection("retail_customers_link"));
        assertEquals("customer_id\nsecret-customer\n", Folders.read(outside), "the link's target is untouched");
    }

    @Test
    void theSetStagedBeforeStaysInUseAndAGoodFileStillRuns() {
        for (String dataSet : List.of("retail_customers", "retail_weekly_sales", "stock_availability")) {
            assertEquals(StagingArea.sha256(Inbox.SAMPLES.resolve(dataSet + ".csv")), inbox.stagedSha256(dataSet),
                    dataSet);
        }
        assertFalse(service.requestRun(), "rejected files start no run");
        RunRecord sampleRun = service.awaitRun(RunRecord.Status.SUCCEEDED);
        assertEquals(List.of(Path.of(sampleRun.outputFolder())), service.runFolders());
        assertEquals(List.of(), Folders.names(inbox.dir()).stream().filter(n -> !n.startsWith(".")).toList(),
                "every dropped file was taken");

        String before = inbox.lastRun();
        Path good = inbox.drop("retail_weekly_sales_fixed.csv",
                Csv.withField(Inbox.sampleLines(Inbox.SALES), 3, "weekly_spend", "12.00"));
        String goodSha = StagingArea.sha256(good);
        inbox.awaitRunMarked(before);

        RunRecord.InputFile sales = service.runs().get(0).inputs().get(1);
        assertEquals(new RunRecord.InputFile("retail_weekly_sales", "retail_weekly_sales_fixed.csv", goodSha, 2400),
                sales);
        assertEquals(2, service.runFolders().size());
    }

    /** The rejected file itself, kept in .error under its name and the time it was taken. */
    private Path kept(String nameNoExt) {
        return inbox.error().resolve(Folders.names(inbox.error()).stream()
                .filter(n -> n.startsWith(nameNoExt + ".") && n.endsWith(".csv")).findFirst().orElseThrow());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
