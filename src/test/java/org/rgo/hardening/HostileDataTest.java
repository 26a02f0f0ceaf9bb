package org.rgo.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.rgo.ledger.RunRecord;
import org.rgo.support.Check;
import org.rgo.support.Csv;
import org.rgo.support.Folders;
import org.rgo.support.Inbox;
import org.rgo.support.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's acceptance check end to end: hostile ids, store ids and segment values go through the
 * real routes into every output without becoming active content or a path, and dropping the same
 * files again starts no second run.
 */
class HostileDataTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPE = "../../escape";
    private static final String AT_FORMULA = "@SUM(A1)";
    private static final String PLUS_FORMULA = "+1+1";
    private static final String MINUS_FORMULA = "-2+3";
    private static final String MARKDOWN_LINK = "[click](http://evil.example)";
    private static final List<String> IDS =
            List.of(HYPERLINK, SCRIPT, ESCAPE, AT_FORMULA, PLUS_FORMULA, MINUS_FORMULA, MARKDOWN_LINK);
    private static final List<String> STORES = List.of("<b>101</b>", "../../../outside", "=1+1");
    private static final List<String> OUTPUTS = List.of("customers.csv", "interventions.csv", "report.html",
            "report.md", "summary.json", "restock.csv");
    private static final String SKU = "=SKU()<b>1</b>";

    private static List<String> customers() {
        List<String> lines = new ArrayList<>(List.of("customer_id,loyalty_member,region"));
        for (int i = 0; i < IDS.size(); i++) {
            lines.add(Csv.quoted(IDS.get(i)) + ",true," + Csv.quoted(i % 2 == 0 ? "=cmd|' /C calc'!A0"
                    : "<img src=x onerror=alert(1)>"));
        }
        return lines;
    }

    /** Twelve weeks; every customer spends for eight weeks, then stops: all are at risk. */
    private static List<String> sales(String lastSpendOfFirstCustomer) {
        List<String> lines = new ArrayList<>(List.of(
                "customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer,product_category"));
        for (int i = 0; i < IDS.size(); i++) {
            for (int week = 0; week < 12; week++) {
                String spend = week < 8 ? (100 + 10 * i + week) + ".50" : "0";
                if (i == 0 && week == 11) {
                    spend = lastSpendOfFirstCustomer;
                }
                lines.add(String.join(",", Csv.quoted(IDS.get(i)), week(week), spend,
                        Csv.quoted(STORES.get(i % STORES.size())), i % 3 == 0 ? "true" : "false",
                        Csv.quoted("<iframe src=x>")));
            }
        }
        return lines;
    }

    private static List<String> stock() {
        List<String> lines = new ArrayList<>(List.of("store_id,sku,week_start,on_hand_units"));
        for (String store : STORES) {
            for (int week = 0; week < 12; week++) {
                // out in the weeks nobody buys: every customer's cause is the stockout, naming the stores
                lines.add(String.join(",", Csv.quoted(store), Csv.quoted(SKU), week(week), week >= 8 ? "0" : "7"));
            }
        }
        return lines;
    }

    private static String week(int index) {
        return LocalDate.of(2025, 9, 6).plusWeeks(index).toString();
    }

    private static void dropAll(Inbox inbox, String lastSpendOfFirstCustomer) {
        inbox.drop("retail_customers_hostile.csv", customers());
        inbox.drop("retail_weekly_sales_hostile.csv", sales(lastSpendOfFirstCustomer));
        inbox.drop("stock_availability_hostile.csv", stock());
    }

    private static List<CsvRecord> records(Path csv) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().toList();
        }
    }

    @Test
    void hostileValuesNeverBecomeActiveContentOrPathsAndTheSameFilesAgainStartNoRun() throws Exception {
        // a quiet period of 0: whether a run starts depends only on the data, not on timing
        try (Service service = Service.in("hardening/hostile").with("rgo.ingest.quiet-period-ms", "0").start()) {
            Inbox inbox = service.inbox();
            dropAll(inbox, "0");
            inbox.awaitRunMarked("");
            RunRecord first = service.awaitRun(RunRecord.Status.SUCCEEDED);
            Path run = Path.of(first.outputFolder());

            for (String csv : List.of("customers.csv", "interventions.csv")) {
                List<CsvRecord> rows = records(run.resolve(csv));
                Set<String> ids = new HashSet<>();
                for (CsvRecord row : rows.subList(1, rows.size())) {
                    ids.add(row.getField(0));
                    for (int column : new int[] {0, 1}) {
                        String cell = row.getField(column);
                        assertFalse(cell.matches("(?s)^[=+\\-@\\t\\r].*"), csv + " holds a live formula: " + cell);
                    }
                }
                assertEquals(Set.of("'" + HYPERLINK, SCRIPT, ESCAPE, "'" + AT_FORMULA, "'" + PLUS_FORMULA,
                        "'" + MINUS_FORMULA, MARKDOWN_LINK), ids, csv);
            }

            for (String csv : List.of("actions/operations.csv", "restock.csv")) {
                List<CsvRecord> rows = records(run.resolve(csv));
                assertEquals(csv.equals("restock.csv") ? 1 + STORES.size() : 1 + IDS.size(), rows.size(), csv);
                for (CsvRecord row : rows.subList(1, rows.size())) {
                    for (String cell : row.getFields()) {
                        assertFalse(cell.matches("(?s)^[=+\\-@\\t\\r].*"), csv + " holds a live formula: " + cell);
                    }
                }
            }
            Check.lacks(Folders.read(run.resolve("actions/operations.html")), SCRIPT, "<b>101</b>", "<b>1</b>");

            String html = Folders.read(run.resolve("report.html"));
            Check.lacks(html, SCRIPT, "<img src=x", "<iframe", "<b>101</b>", "href=\"http://evil", "href=\"http://x");
            Check.contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;");

            String markdown = Folders.read(run.resolve("report.md"));
            // report.md reads as plain text: '<' before a letter and '[' carry a backslash, so no HTML or link forms
            assertFalse(Pattern.compile("(?<!\\\\)<[A-Za-z/!?]").matcher(markdown).find(), "raw HTML in report.md");
            assertFalse(Pattern.compile("(?<!\\\\)\\[").matcher(markdown).find(), "a link in report.md");
            Check.contains(markdown, "\\<script>alert(1)\\</script>");

            JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
            Set<String> topIds = new HashSet<>();
            summary.get("top_priority").forEach(entry -> topIds.add(entry.get("customer_id").asText()));
            assertEquals(Set.copyOf(IDS), topIds, "summary.json keeps the ids exactly, as JSON strings");

            List<String> written = Folders.allFiles(service.root());
            for (String file : written) {
                Path path = Path.of(file);
                boolean inInbox = path.startsWith("inbox/.done") || path.startsWith("inbox/.staging");
                boolean ledger = path.startsWith("data") && path.getFileName().toString().startsWith("ledger.");
                boolean output = path.getNameCount() == 3 && path.startsWith(Path.of("outbox").resolve(run.getFileName()))
                        && OUTPUTS.contains(path.getFileName().toString());
                boolean actionList = path.getNameCount() == 4
                        && path.startsWith(Path.of("outbox").resolve(run.getFileName()).resolve("actions"))
                        && path.getFileName().toString().matches("[a-z-]+\\.(csv|html)");
                output = output || actionList;
                assertTrue(inInbox || output || ledger, "unexpected file " + file + " in " + written);
            }
            assertFalse(Files.exists(Path.of("target/outside")) || Files.exists(Path.of("outside"))
                    || Files.exists(Path.of("../escape")), "no file outside the folders");

            // the same bytes again: taken and staged, but the set is the one already reported
            dropAll(inbox, "0");
            inbox.awaitAccepted("retail_customers_hostile", 2);
            inbox.awaitAccepted("retail_weekly_sales_hostile", 2);
            inbox.awaitAccepted("stock_availability_hostile", 2);
            assertFalse(service.requestRun(), "no run for the same bytes");
            assertEquals(List.of(run), service.runFolders());
            assertEquals(List.of(first.runId()), service.runs().stream().map(RunRecord::runId).toList());

            // a changed file under the same name: a run
            String firstRun = inbox.lastRun();
            inbox.drop("retail_weekly_sales_hostile.csv", sales("5.00"));
            inbox.awaitRunMarked(firstRun);
            assertEquals(2, service.runFolders().size());
        }
    }
}
