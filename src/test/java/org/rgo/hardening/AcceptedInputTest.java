package org.rgo.hardening;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Await;
import org.rgo.support.Check;
import org.rgo.support.Csv;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.support.LogCapture;
import org.rgo.support.Service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unusual but valid exports through the real routes: a byte order mark, CRLF, quoting, extra and
 * reordered columns, names in any case or looking like expressions are staged as dropped and read
 * whole by the run; files with other names are left alone with one log line. Each reading rule
 * itself is tested once, in ExportReaderTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcceptedInputTest {

    private static final String QUOTED_ID = "Smith, \"Jr\"";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Upper case: names match in any case. */
    private static final String CUSTOMERS = "Retail_Customers_Variants.CSV";
    /** Taken literally, never evaluated by Camel or a shell. */
    private static final String SALES = "retail_weekly_sales_${date:now:yyyy} & $(id).csv";
    private static final String STOCK = "stock_availability_bom_crlf.csv";
    private static final List<String> UNKNOWN_NAMES =
            List.of("notes.txt", "customers.csv", "retail_customers.csv.bak", "Retail Customers.csv");

    private final Service configured = Service.in("hardening/accepted");
    private final Inbox inbox = configured.inbox();
    private final byte[] customers = crlf(customersReorderedWithAQuotedColumnAndId());
    private final byte[] sales = crlf(salesWithSpendLastAndRowsForTheQuotedId());
    private final byte[] stock = withBom(crlf(Inbox.sampleLines(Inbox.STOCK)));
    private LogCapture log;
    private Service service;
    private RunRecord run;

    @BeforeAll
    void dropAndRun() throws Exception {
        inbox.drop(CUSTOMERS, customers);
        inbox.drop(SALES, sales);
        inbox.drop(STOCK, stock);
        for (String name : UNKNOWN_NAMES) {
            inbox.drop(name, "customer_id\n1\n");
        }
        log = new LogCapture();
        service = configured.start();
        inbox.awaitRunMarked("");
        run = service.awaitRun(RunRecord.Status.SUCCEEDED);
    }

    @AfterAll
    void stop() {
        configured.close();
        if (log != null) {
            log.close();
        }
    }

    @Test
    void eachFileIsAcceptedAndStagedAsDropped() {
        assertEquals(List.of(), Folders.names(inbox.error()), "nothing rejected");
        assertEquals(1, inbox.doneCount("Retail_Customers_Variants"));
        assertEquals(1, inbox.doneCount("retail_weekly_sales_${date:now:yyyy} & $(id)"));
        assertEquals(1, inbox.doneCount("stock_availability_bom_crlf"));
        assertEquals(sha256(customers), inbox.stagedSha256("retail_customers"));
        assertEquals(sha256(sales), inbox.stagedSha256("retail_weekly_sales"));
        assertEquals(sha256(stock), inbox.stagedSha256("stock_availability"));
        assertTrue(Folders.allFiles(configured.root()).stream()
                        .allMatch(f -> f.startsWith("inbox/") || f.startsWith("outbox/") || f.startsWith("data/ledger")),
                "nothing written outside inbox, outbox and the run ledger: " + Folders.allFiles(configured.root()));
    }

    @Test
    void theRunReadsEveryFileWhole() {
        assertEquals(List.of(
                new RunRecord.InputFile("retail_customers", CUSTOMERS, sha256(customers), 201),
                new RunRecord.InputFile("retail_weekly_sales", SALES, sha256(sales), 2412),
                new RunRecord.InputFile("stock_availability", STOCK, sha256(stock), 360)), run.inputs());
        // spend 120 for eight weeks, then none: at risk, so a row of customers.csv, its id quoted again
        Check.contains(Folders.read(Path.of(run.outputFolder(), "customers.csv")), "\n" + Csv.quoted(QUOTED_ID) + ",");
    }

    @Test
    void filesWithOtherNamesAreLeftAloneAndNamedOnceInTheLog() {
        for (String name : UNKNOWN_NAMES) {
            String line = "Left alone in the inbox: '" + name + "' is not an export the service reads";
            Await.until("the log line for " + name, () -> log.text().contains(line));
            assertEquals(log.text().indexOf(line), log.text().lastIndexOf(line), "logged once: " + name);
        }
        assertEquals(UNKNOWN_NAMES.stream().sorted().toList(),
                Folders.names(inbox.dir()).stream().filter(n -> !n.startsWith(".")).toList());
    }

    /** customer_id last under " Customer_ID ", an extra quoted column before it, one more customer with a quoted id. */
    private static List<String> customersReorderedWithAQuotedColumnAndId() {
        List<String> lines = new ArrayList<>();
        for (String line : Inbox.sampleLines(Inbox.CUSTOMERS)) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            String id = fields.remove(0);
            boolean header = lines.isEmpty();
            fields.add(header ? "Note" : Csv.quoted("says \"hi\", twice"));
            fields.add(header ? " Customer_ID " : id);
            lines.add(String.join(",", fields));
        }
        lines.add("40,3,True," + Csv.quoted("new, \"quoted\" customer") + "," + Csv.quoted(QUOTED_ID));
        return lines;
    }

    /** weekly_spend moved to the last column, and twelve weeks for the quoted id: 120.00 for eight, then 0. */
    private static List<String> salesWithSpendLastAndRowsForTheQuotedId() {
        List<String> sample = Inbox.sampleLines(Inbox.SALES);
        int spendAt = Arrays.asList(sample.get(0).split(",", -1)).indexOf("weekly_spend");
        List<String> lines = new ArrayList<>();
        for (String line : sample) {
            lines.add(String.join(",", spendLast(line.split(",", -1), spendAt)));
        }
        for (int week = 0; week < 12; week++) {
            String[] fields = sample.get(1 + week).split(",", -1);
            fields[0] = Csv.quoted(QUOTED_ID);
            fields[spendAt] = week < 8 ? "120.00" : "0";
            lines.add(String.join(",", spendLast(fields, spendAt)));
        }
        return lines;
    }

    private static List<String> spendLast(String[] fields, int spendAt) {
        List<String> moved = new ArrayList<>(Arrays.asList(fields));
        moved.add(moved.remove(spendAt));
        return moved;
    }

    private static byte[] crlf(List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] content) {
        byte[] withBom = Arrays.copyOf(BOM, BOM.length + content.length);
        System.arraycopy(content, 0, withBom, BOM.length, content.length);
        return withBom;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
