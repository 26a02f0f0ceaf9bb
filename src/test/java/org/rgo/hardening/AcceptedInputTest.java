package org.rgo.hardening;

import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rgo.App;
import org.rgo.hardening.support.Await;
import org.rgo.hardening.support.Check;
import org.rgo.hardening.support.Csv;
import org.rgo.hardening.support.Folders;
import org.rgo.hardening.support.Inbox;
import org.rgo.hardening.support.LogCapture;
import org.rgo.ingest.StagingArea;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unusual but valid exports are accepted through the real routes (BOM, CRLF, quoting, extra and
 * reordered columns, any case), duplicates and unknown customers become warnings (SPEC §2), and
 * files with other names are left alone with a log line. The inbox is filled before the service
 * starts; time stamps give the order in which it takes the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@CamelMainTest(mainClass = App.class, properties = {
        "camel.main.routes-include-pattern=file:routes/*.camel.yaml",
        "rgo.inbox=target/hardening/accepted/inbox",
        "rgo.outbox=target/hardening/accepted/outbox",
        "rgo.data-dir=target/hardening/accepted/data",
        "rgo.ingest.read-lock-min-age-ms=100",
        "rgo.ingest.read-lock-check-interval-ms=50",
        "rgo.ingest.poll-delay-ms=100",
        "rgo.ingest.quiet-period-ms=300"})
class AcceptedInputTest {

    private static final String QUOTED_ID = "Smith, \"Jr\"";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> UNKNOWN_NAMES =
            List.of("notes.txt", "customers.csv", "retail_customers.csv.bak", "Retail Customers.csv");

    private static final Path ROOT = Path.of("target/hardening/accepted");
    private final Inbox inbox = new Inbox(ROOT.resolve("inbox"));
    private final Path outbox = ROOT.resolve("outbox");
    private final LogCapture log;
    private final byte[] finalCustomers;
    private final byte[] finalSales;
    private final byte[] finalStock;

    AcceptedInputTest() {
        Folders.wiped(ROOT.toString());
        log = new LogCapture();
        inbox.dropAged("retail_customers_bom.csv", withBom(Inbox.sample(Inbox.CUSTOMERS)), 600);
        inbox.dropAged("RETAIL_CUSTOMERS_UPPER_CASE.CSV", Inbox.sample(Inbox.CUSTOMERS), 550);
        inbox.dropAged("retail_customers_${date:now:yyyy} & $(id).csv", Inbox.sample(Inbox.CUSTOMERS), 520);
        finalCustomers = crlf(customersReorderedWithExtrasQuotesAndADuplicate());
        inbox.dropAged("retail_customers_variants.csv", finalCustomers, 500);
        finalSales = crlf(salesReorderedWithQuotesADuplicateAndAnUnknownCustomer());
        inbox.dropAged("retail_weekly_sales_variants.csv", finalSales, 500);
        finalStock = withBom(crlf(Inbox.sampleLines(Inbox.STOCK)));
        inbox.dropAged("stock_availability_bom_crlf.csv", finalStock, 500);
        for (String name : UNKNOWN_NAMES) {
            inbox.dropAged(name, "customer_id\n1\n".getBytes(StandardCharsets.UTF_8), 500);
        }
    }

    @AfterAll
    void stopCapturing() {
        log.close();
    }

    /** customer_id moved to the end, an extra quoted column, a new quoted id, customer 1 twice. */
    private static List<String> customersReorderedWithExtrasQuotesAndADuplicate() {
        List<String> sample = Inbox.sampleLines(Inbox.CUSTOMERS);
        List<String> lines = new ArrayList<>();
        for (String line : sample) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            String id = fields.remove(0);
            boolean header = lines.isEmpty();
            fields.add(header ? "Note" : Csv.quoted("says \"hi\", twice"));
            fields.add(header ? " Customer_ID " : id);
            lines.add(String.join(",", fields));
        }
        lines.add("40,3,True," + Csv.quoted("new, \"quoted\" customer") + "," + Csv.quoted(QUOTED_ID));
        lines.add(lines.get(1));
        return lines;
    }

    /**
     * weekly_spend moved to the end, rows for the quoted id (spend stops: at risk), rows for a
     * customer not in the customers file, and a second row for customer 1's first week.
     */
    private static List<String> salesReorderedWithQuotesADuplicateAndAnUnknownCustomer() {
        List<String> sample = Inbox.sampleLines(Inbox.SALES);
        List<String> header = Arrays.asList(sample.get(0).split(",", -1));
        int spendAt = header.indexOf("weekly_spend");
        List<String> lines = new ArrayList<>();
        for (String line : sample) {
            lines.add(moveToEnd(line, spendAt));
        }
        List<String> customerOne = sample.subList(1, 13);
        for (int week = 0; week < 12; week++) {
            String[] fields = customerOne.get(week).split(",", -1);
            fields[0] = Csv.quoted(QUOTED_ID);
            fields[spendAt] = week < 8 ? "120.00" : "0";
            lines.add(moveToEnd(String.join(",", fields), spendAt));
            fields[0] = "ghost-1";
            fields[spendAt] = "10.00";
            lines.add(moveToEnd(String.join(",", fields), spendAt));
        }
        lines.add(moveToEnd(Csv.withField(sample, 2, "weekly_spend", "99.99").get(1), spendAt));
        return lines;
    }

    private static String moveToEnd(String line, int at) {
        List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        // a quoted id holds a comma: it adds a field before the column, so count from the end
        int index = fields.size() - (Inbox.sampleLines(Inbox.SALES).get(0).split(",", -1).length - at);
        String moved = fields.remove(index);
        fields.add(moved);
        return String.join(",", fields);
    }

    private static byte[] crlf(List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] content) {
        byte[] withBom = Arrays.copyOf(BOM, BOM.length + content.length);
        System.arraycopy(content, 0, withBom, BOM.length, content.length);
        return withBom;
    }

    private Path run() {
        Path run = Await.value("a run folder in " + outbox, () -> Folders.runFolders(outbox).stream().findFirst());
        inbox.awaitRunMarked("");
        return run;
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        inbox.awaitAccepted("retail_customers_bom", 1);
    }

    @Test
    void anUpperCaseNameIsAccepted() {
        inbox.awaitAccepted("RETAIL_CUSTOMERS_UPPER_CASE", 1);
    }

    @Test
    void aNameLookingLikeAnExpressionIsTakenLiterally() {
        inbox.awaitAccepted("retail_customers_${date:now:yyyy} & $(id)", 1);
        assertTrue(Folders.allFiles(ROOT).stream()
                        .allMatch(f -> f.startsWith("inbox") || f.startsWith("outbox") || f.startsWith("data/ledger")),
                "nothing written outside inbox, outbox and the run ledger: " + Folders.allFiles(ROOT));
    }

    @Test
    void crlfReorderedAndExtraColumnsAndQuotedFieldsAreAccepted() {
        inbox.awaitAccepted("retail_customers_variants", 1);
        inbox.awaitAccepted("retail_weekly_sales_variants", 1);
        inbox.awaitAccepted("stock_availability_bom_crlf", 1);
        assertEquals(List.of(), Folders.names(inbox.error()), "nothing rejected");
    }

    @Test
    void theRunUsesTheLastAcceptedVersionOfEachDataSet() {
        run();
        assertEquals(StagingArea.sha256(inbox.done().resolve(doneName("retail_customers_variants"))),
                inbox.stagedSha256("retail_customers"));
        assertEquals(StagingArea.sha256(inbox.done().resolve(doneName("retail_weekly_sales_variants"))),
                inbox.stagedSha256("retail_weekly_sales"));
        assertEquals(StagingArea.sha256(inbox.done().resolve(doneName("stock_availability_bom_crlf"))),
                inbox.stagedSha256("stock_availability"));
    }

    private String doneName(String nameNoExt) {
        return Folders.names(inbox.done()).stream().filter(n -> n.startsWith(nameNoExt + ".")).findFirst()
                .orElseThrow();
    }

    @Test
    void aQuotedIdWithCommaAndQuotesIsReadWholeAndWrittenQuoted() {
        Path run = run();
        Check.contains(Folders.read(run.resolve("customers.csv")), "\n" + Csv.quoted(QUOTED_ID) + ",");
    }

    @Test
    void duplicatesAndCustomersMissingFromTheCustomersFileAreWarningsNotRejections() {
        String summary = Folders.read(run().resolve("summary.json"));
        Check.contains(summary, "customer 1 is listed twice in retail_customers_variants.csv",
                "duplicate row for customer 1 week 2025-09-06", "the later row wins",
                "customer ghost-1 has sales but is not in the customers file");
    }

    @Test
    void filesWithOtherNamesAreLeftAloneAndNamedOnceInTheLog() {
        run();
        for (String name : UNKNOWN_NAMES) {
            String line = "Left alone in the inbox: '" + name + "' is not an export the service reads";
            Await.until("the log line for " + name, () -> log.text().contains(line));
            assertEquals(log.text().indexOf(line), log.text().lastIndexOf(line), "logged once: " + name);
        }
        Check.containsAll(Folders.names(inbox.dir()), UNKNOWN_NAMES);
    }
}
