package org.rgo.hardening;

import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rgo.App;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Csv;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.Service;
import org.rgo.ingest.StagingArea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's bad-input matrix through the real routes: each bad file lands in inbox/.error with a
 * report naming file, line, column, value and rule, and the good set staged before stays in use.
 * The inbox is filled before the service starts, the good set with the oldest time stamps, so the
 * service takes it first (sortBy=file:modified) and the bad files after it, in one go.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@CamelMainTest(mainClass = App.class, properties = {
        "camel.main.routes-include-pattern=file:routes/*.camel.yaml",
        "rgo.inbox=target/hardening/rejected/inbox",
        "rgo.outbox=target/hardening/rejected/outbox",
        "rgo.data-dir=target/hardening/rejected/data",
        "rgo.ingest.read-lock-min-age-ms=100",
        "rgo.ingest.read-lock-check-interval-ms=50",
        "rgo.ingest.poll-delay-ms=100",
        "rgo.ingest.quiet-period-ms=300",
        // the sample's sales file has 190,044 bytes
        "rgo.ingest.max-file-bytes=200000",
        // the sample has 12 weeks
        "rgo.ingest.max-weeks=20"})
class RejectedInputTest {

    private static final Path ROOT = Path.of("target/hardening/rejected");
    private final Inbox inbox = new Inbox(ROOT.resolve("inbox"));
    private final Path outbox = ROOT.resolve("outbox");

    @BeanInject
    CamelContext context;

    RejectedInputTest() throws IOException {
        Folders.wiped(ROOT.toString());
        inbox.dropAged(Inbox.CUSTOMERS, Inbox.sample(Inbox.CUSTOMERS), 600);
        inbox.dropAged(Inbox.SALES, Inbox.sample(Inbox.SALES), 600);
        inbox.dropAged(Inbox.STOCK, Inbox.sample(Inbox.STOCK), 600);

        List<String> sales = Inbox.sampleLines(Inbox.SALES);
        List<String> stock = Inbox.sampleLines(Inbox.STOCK);
        bad("retail_customers_empty.csv", new byte[0]);
        bad("stock_availability_header_only.csv", (stock.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        bad("retail_weekly_sales_no_spend.csv", Csv.withoutColumn(sales, "weekly_spend"));
        bad("retail_weekly_sales_text_money.csv", Csv.withField(sales, 3, "weekly_spend", "twelve"));
        bad("retail_weekly_sales_negative_money.csv", Csv.withField(sales, 4, "weekly_spend", "-5.00"));
        bad("retail_weekly_sales_empty_money.csv", Csv.withField(sales, 5, "weekly_spend", ""));
        bad("stock_availability_word_units.csv", Csv.withField(stock, 5, "on_hand_units", "five"));
        bad("stock_availability_fraction_units.csv", Csv.withField(stock, 2, "on_hand_units", "2.5"));
        bad("retail_weekly_sales_bad_dates.csv", Csv.withField(
                Csv.withField(sales, 6, "week_start_date", "2025-02-30"), 7, "week_start_date", "06/09/2025"));
        byte[] garbage = new byte[4096];
        new Random(6).nextBytes(garbage);
        bad("retail_customers_garbage.csv", garbage);
        bad("retail_weekly_sales_latin1.csv", String.join("\n",
                Csv.withField(sales, 9, "month_name", "Ao\u00fbt")).getBytes(StandardCharsets.ISO_8859_1));
        bad("retail_weekly_sales_control_character.csv", Csv.withField(sales, 8, "customer_id", "7\u001b[2J"));
        bad("retail_weekly_sales_many_problems.csv", everyLine(sales, 2, 61, "weekly_spend", "x"));
        bad("retail_weekly_sales_many_weeks.csv", manyWeeks(sales, 25));
        StringBuilder big = new StringBuilder(String.join("\n", stock)).append('\n');
        while (big.length() <= 200_000) {
            stock.subList(1, stock.size()).forEach(line -> big.append(line).append('\n'));
        }
        bad("stock_availability_too_big.csv", big.toString().getBytes(StandardCharsets.UTF_8));
        // a link to a file the dropper might not be allowed to read, here a valid customers export
        Path outside = Files.writeString(ROOT.resolve("outside-the-inbox.csv"), "customer_id\nsecret-customer\n");
        Path link = Files.createSymbolicLink(inbox.dir().resolve("retail_customers_link.csv"), outside.toAbsolutePath());
        Files.setLastModifiedTime(link, Files.getLastModifiedTime(outside));
    }

    private void bad(String name, byte[] content) {
        inbox.dropAged(name, content, 300);
    }

    private void bad(String name, List<String> lines) {
        bad(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> everyLine(List<String> lines, int from, int to, String column, String value) {
        List<String> edited = lines;
        for (int line = from; line <= to; line++) {
            edited = Csv.withField(edited, line, column, value);
        }
        return edited;
    }

    /** Rows for one customer on {@code weeks} distinct dates. */
    private static List<String> manyWeeks(List<String> sales, int weeks) {
        List<String> lines = new ArrayList<>(List.of(sales.get(0)));
        for (int w = 0; w < weeks; w++) {
            lines.add(Csv.withField(sales, 2, "week_start_date",
                    java.time.LocalDate.of(2025, 1, 4).plusWeeks(w).toString()).get(1));
        }
        return lines;
    }

    @Test
    void anEmptyFileIsRejected() {
        Check.contains(inbox.awaitRejection("retail_customers_empty"),
                "Rejected retail_customers_empty.csv: 1 problem",
                "retail_customers_empty.csv: line 1: the file is empty (a header row is required)");
    }

    @Test
    void aFileWithOnlyAHeaderIsRejected() {
        Check.contains(inbox.awaitRejection("stock_availability_header_only"),
                "stock_availability_header_only.csv: line 1: the file has a header but no data rows");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_no_spend"),
                "retail_weekly_sales_no_spend.csv: line 1: missing required column 'weekly_spend' (header: "
                        + "customer_id,week_start_date,store_id,");
    }

    @Test
    void moneyThatIsNotANumberIsRejectedWithLineColumnAndValue() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_text_money"),
                "retail_weekly_sales_text_money.csv: line 3, column 3 (weekly_spend), value 'twelve': "
                        + "money must be a plain decimal such as 12.50");
    }

    @Test
    void negativeMoneyIsRejected() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_negative_money"),
                "line 4, column 3 (weekly_spend), value '-5.00': money must be >= 0");
    }

    @Test
    void emptyMoneyIsRejected() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_empty_money"),
                "line 5, column 3 (weekly_spend), value '': must not be empty");
    }

    @Test
    void aWordInOnHandUnitsIsRejectedNamingTheLine() {
        Check.contains(inbox.awaitRejection("stock_availability_word_units"),
                "stock_availability_word_units.csv: line 5, column 4 (on_hand_units), value 'five': "
                        + "on_hand_units must be a whole number >= 0");
    }

    @Test
    void aFractionInOnHandUnitsIsRejected() {
        Check.contains(inbox.awaitRejection("stock_availability_fraction_units"),
                "line 2, column 4 (on_hand_units), value '2.5': on_hand_units must be a whole number >= 0");
    }

    @Test
    void invalidDatesAreAllListed() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_bad_dates"),
                "Rejected retail_weekly_sales_bad_dates.csv: 2 problems",
                "line 6, column 2 (week_start_date), value '2025-02-30': must be a date yyyy-MM-dd",
                "line 7, column 2 (week_start_date), value '06/09/2025': must be a date yyyy-MM-dd");
    }

    @Test
    void binaryGarbageNamedLikeACustomersFileIsRejectedNamingTheLine() {
        String report = inbox.awaitRejection("retail_customers_garbage");
        Check.contains(report, "retail_customers_garbage.csv: line ", ": not UTF-8 text: byte 0x");
        assertTrue(report.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'),
                "the report quotes no raw bytes: " + report);
    }

    @Test
    void textThatIsNotUtf8IsRejectedNamingItsLine() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_latin1"),
                "retail_weekly_sales_latin1.csv: line 9: not UTF-8 text: byte 0xFB");
    }

    @Test
    void controlCharactersInAnIdAreRejectedAndNotWrittenOut() {
        String report = inbox.awaitRejection("retail_weekly_sales_control_character");
        Check.contains(report, "line 8, column 1 (customer_id), value '7?[2J': must not contain control characters");
        Check.lacks(report, "\u001b");
    }

    @Test
    void theFirst50ProblemsAreListedThenCounted() {
        String report = inbox.awaitRejection("retail_weekly_sales_many_problems");
        Check.contains(report, "Rejected retail_weekly_sales_many_problems.csv: 60 problems\n",
                "line 2, column 3 (weekly_spend), value 'x'", "line 51, column 3 (weekly_spend), value 'x'",
                "... and 10 more problems not listed");
        Check.lacks(report, "line 52,");
        assertEquals(52, report.lines().count(), report);
    }

    @Test
    void aSalesFileWithMoreWeeksThanTheLimitIsRejected() {
        Check.contains(inbox.awaitRejection("retail_weekly_sales_many_weeks"),
                "line 22, column 2 (week_start_date), value '2025-05-24': more than 20 distinct weeks in one file"
                        + " (limit rgo.ingest.max-weeks)");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnread() {
        Check.contains(inbox.awaitRejection("stock_availability_too_big"),
                "stock_availability_too_big.csv: the file has ", "more than the limit of 200000"
                        + " (rgo.ingest.max-file-bytes)");
    }

    @Test
    void aSymbolicLinkIsRejectedWithoutReadingItsTarget() {
        String report = inbox.awaitRejection("retail_customers_link");
        Check.contains(report, "retail_customers_link.csv: is a symbolic link; drop the file itself");
        Check.lacks(report, "secret-customer");
        assertTrue(Files.exists(ROOT.resolve("outside-the-inbox.csv")), "the link's target is untouched");
    }

    @Test
    void theRejectedFilesAreKeptAndTheGoodSetStagedBeforeStaysInUse() throws IOException {
        for (String name : List.of("retail_customers_empty", "retail_customers_garbage", "retail_customers_link",
                "stock_availability_header_only", "stock_availability_word_units", "stock_availability_too_big",
                "stock_availability_fraction_units", "retail_weekly_sales_no_spend",
                "retail_weekly_sales_text_money", "retail_weekly_sales_many_weeks",
                "retail_weekly_sales_many_problems", "retail_weekly_sales_latin1")) {
            inbox.awaitRejection(name);
            assertTrue(Folders.names(inbox.error()).stream().anyMatch(n -> n.startsWith(name + ".")
                    && n.endsWith(".csv")), name + " is kept in .error: " + Folders.names(inbox.error()));
        }
        inbox.awaitRunMarked("");

        assertEquals(StagingArea.sha256(Inbox.SAMPLES.resolve(Inbox.CUSTOMERS)), inbox.stagedSha256("retail_customers"));
        assertEquals(StagingArea.sha256(Inbox.SAMPLES.resolve(Inbox.SALES)), inbox.stagedSha256("retail_weekly_sales"));
        assertEquals(StagingArea.sha256(Inbox.SAMPLES.resolve(Inbox.STOCK)), inbox.stagedSha256("stock_availability"));
        assertFalse(Service.requestRun(context), "rejected files start no run");
        assertEquals(1, Folders.runFolders(outbox).size(), "run folders: " + Folders.runFolders(outbox));
        assertTrue(Folders.names(inbox.dir()).stream().noneMatch(n -> n.endsWith(".csv")),
                "every dropped file was taken: " + Folders.names(inbox.dir()));
    }
}
