package org.rgo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;
import org.rgo.layers.Analysis;
import org.rgo.layers.RankedCustomers;
import org.rgo.layers.Runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/**
 * actions/&lt;owner&gt;.csv and restock.csv of a small hand-made run, row by row. Week i is
 * 2025-01-06 + i weeks; week 8 is 2025-03-03, week 9 (the as-of week) 2025-03-10. At risk:
 * <ul>
 *   <li>"m": 100 at S1 in weeks 0-7, 40 at S2 in week 8, no row in week 9 (filled: 0 at S2, the
 *       previous row's store). Baseline 100, current 60, gap 40; gap weeks 8 and 9, both stockouts
 *       at S2 (a stockout at S1 in week 9 is not its store that week): operational, severe tier
 *       (velocity -40: 2, one zero week: 2, two decline weeks: 1, volatility 0.45: 2), so the mixed
 *       flag holds. REI 40 × 1.15 × 1.40 = 64.40.</li>
 *   <li>"a": 100 ×9, 40 at S1: gap 15, gap week 9 a stockout at S1: operational, REI 15.75.</li>
 *   <li>"b": 100 ×9, 60 at S1: gap 10, the same week: operational, REI 10.50.</li>
 *   <li>"g": 100 ×8, 0, 0 at S3: behavioral churn, REI 50 × 1.30 × 1.40 = 91.00.</li>
 *   <li>"s": 100 ×9, 0 at S3: structural (high), REI 25 × 1.15 × 1.25 = 35.94.</li>
 *   <li>"e" at S4: gap 10, 2 of its 6 gap weeks (1 and 9) stockouts: demand softness, REI 10.50;
 *       its stockout SKU Q is neither in its row nor in the restock list.</li>
 *   <li>"d": 100 ×9, 70 at S3: demand softness, REI 7.5 × 1.05 = 7.88.</li>
 * </ul>
 * Stock at 0: S1 week 9 X and Y (Z has 5), S1 week 3 X (not a gap week of anyone), S2 week 8 X and
 * Y, S2 week 9 W and X, S4 weeks 1 and 9 Q.
 */
class ActionListsTest {

    private static final String HEADER =
            "customer_id,store_id,tier,gap_amount,exposure_index,root_cause,owner,recommended_action,action,"
                    + "stockout_weeks,skus";
    private static final String M_ROW = "m,S2,standard,40.00,64.40,operational_stockout,Operations/Inventory,"
            + "Restock the store's out-of-stock SKUs,\"Restock W, X, Y at store S2\",2025-03-03@S2;2025-03-10@S2,W;X;Y";
    private static final String A_ROW = "a,S1,standard,15.00,15.75,operational_stockout,Operations/Inventory,"
            + "Restock the store's out-of-stock SKUs,\"Restock X, Y at store S1\",2025-03-10@S1,X;Y";
    private static final String B_ROW = "b,S1,standard,10.00,10.50,operational_stockout,Operations/Inventory,"
            + "Restock the store's out-of-stock SKUs,\"Restock X, Y at store S1\",2025-03-10@S1,X;Y";

    @TempDir
    Path dir;

    private ExportFiles exports() {
        ExportFiles files = new ExportFiles(dir.resolve("in"));
        for (int week = 0; week < 8; week++) {
            files.sale("m", week, 100, "S1");
        }
        files.sale("m", 8, 40, "S2")
                .series("a", "S1", flatThen(9, 100, 40))
                .series("b", "S1", flatThen(9, 100, 60))
                .series("g", "S3", flatThen(8, 100, 0, 0))
                .series("s", "S3", flatThen(9, 100, 0))
                .series("e", "S4", 110, 90, 90, 110, 100, 100, 90, 90, 90, 90)
                .series("d", "S3", flatThen(9, 100, 70))
                .series("steady", "S1", flatThen(10, 100));
        return files.stock("S1", 9, "X", 0).stock("S1", 9, "Y", 0).stock("S1", 9, "Z", 5)
                .stock("S1", 3, "X", 0)
                .stock("S2", 8, "Y", 0).stock("S2", 8, "X", 0)
                .stock("S2", 9, "W", 0).stock("S2", 9, "X", 0)
                .stock("S4", 1, "Q", 0).stock("S4", 9, "Q", 0);
    }

    private Path run(Settings settings) {
        Analysis analysis = Runs.analyse(settings, exports().dataset(settings));
        Path out = dir.resolve("out");
        new RunOutput(analysis, new RankedCustomers(Runs.kernel(settings), analysis, 2), Optional.empty())
                .writeInto(out);
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void eachOwnerListsItsCustomersInPriorityOrderWithTheConcreteAction() throws IOException {
        Path out = run(TestSettings.defaults());

        assertEquals(List.of(HEADER, M_ROW, A_ROW, B_ROW), lines(out.resolve("actions/operations.csv")));
        assertEquals(List.of(HEADER, "g,S3,standard,50.00,91.00,behavioral_churn,Customer Success,Win-back outreach,"
                + "Win-back outreach: no spend in the last 2 weeks,,"), lines(out.resolve("actions/customer-success.csv")));
        assertEquals(List.of(HEADER, "s,S3,standard,25.00,35.94,structural_decline,Sales leadership,Account review,"
                        + "\"Account review: structural tier high, spend 25.00 % below baseline\",,"),
                lines(out.resolve("actions/sales-leadership.csv")));
        assertEquals(List.of(HEADER,
                "e,S4,standard,10.00,10.50,demand_softness,Sales/Marketing,Targeted offer,"
                        + "Targeted offer: spend 10.00 % below baseline,,",
                "d,S3,standard,7.50,7.88,demand_softness,Sales/Marketing,Targeted offer,"
                        + "Targeted offer: spend 7.50 % below baseline,,"), lines(out.resolve("actions/sales-marketing.csv")));
        assertEquals(List.of(HEADER), lines(out.resolve("actions/operations-and-sales.csv")));
    }

    @Test
    void theRestockListCountsEachStoreSkuOnceAWeekAndEachCustomerOnce() throws IOException {
        Path out = run(TestSettings.defaults());

        // X at S2 was out in both of m's gap weeks there: two weeks, one customer
        assertEquals(List.of("store_id,sku,weeks_out,customers_affected,rei_affected",
                "S2,W,1,1,64.40",
                "S2,X,2,1,64.40",
                "S2,Y,1,1,64.40",
                "S1,X,1,2,26.25",
                "S1,Y,1,2,26.25"), lines(out.resolve("restock.csv")));
    }

    @Test
    void theMixedCauseHasItsOwnListAndStillRestocks() throws IOException {
        Path out = run(TestSettings.with("rgo.root-cause.mixed", "true"));

        assertEquals(List.of(HEADER, A_ROW, B_ROW), lines(out.resolve("actions/operations.csv")));
        assertEquals(List.of(HEADER, "m,S2,standard,40.00,64.40,mixed_operational_structural,"
                        + "Operations and Sales jointly,Restock the store's out-of-stock SKUs and review the account,"
                        + "\"Restock W, X, Y at store S2 and review the account\",2025-03-03@S2;2025-03-10@S2,W;X;Y"),
                lines(out.resolve("actions/operations-and-sales.csv")));
        assertEquals("S2,X,2,1,64.40", lines(out.resolve("restock.csv")).get(2));
    }

    @Test
    void everyOwnersReiSumIsItsCausesExposureInTheSummary() throws IOException {
        Path out = run(TestSettings.defaults());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());

        JsonNode lists = summary.get("action_lists");
        assertEquals(List.of("customer-success", "operations", "operations-and-sales", "sales-leadership",
                "sales-marketing"), iterate(lists.fieldNames()));
        for (String owner : iterate(lists.fieldNames())) {
            JsonNode list = lists.get(owner);
            List<String> rows = lines(out.resolve(list.get("file").asText()));
            long cents = rows.stream().skip(1).mapToLong(row -> new java.math.BigDecimal(row.split(",")[4])
                    .movePointRight(2).longValueExact()).sum();
            JsonNode exposure = summary.get("exposure_by_root_cause").get(list.get("root_cause").asText());
            assertEquals(exposure == null ? 0 : exposure.decimalValue().movePointRight(2).longValueExact(), cents, owner);
            assertEquals(list.get("total_rei").decimalValue().movePointRight(2).longValueExact(), cents, owner);
            assertEquals(rows.size() - 1, list.get("customers").asInt(), owner);
        }
        assertEquals("S2", summary.get("restock_top").get(0).get("store_id").asText());
        assertEquals(5, summary.get("restock_top").size());
    }

    @Test
    void theReportShowsTheRestockTopAndTheOwnersNotMailed() throws IOException {
        Settings settings = TestSettings.defaults();
        Analysis analysis = Runs.analyse(settings, exports().dataset(settings));
        OwnerRecipients owners = OwnerRecipients.of(java.util.Map.of(
                org.rgo.layers.RootCause.OPERATIONAL_STOCKOUT, 2, org.rgo.layers.RootCause.DEMAND_SOFTNESS, 1));

        String md = MarkdownRenderer.render(ExecutiveReport.of(analysis, Optional.empty(), owners));

        assertTrue(md.contains("| Operations/Inventory | actions/operations.csv | 3 | $65.00 | $90.65 | mailed to 2 addresses |"),
                md);
        assertTrue(md.contains("| Sales/Marketing | actions/sales-marketing.csv | 2 | $17.50 | $18.38 | mailed to 1 address |"),
                md);
        assertTrue(md.contains("Not mailed, no address configured: Customer Success (rgo.mail.owners.customer-success), "
                + "Operations and Sales jointly (rgo.mail.owners.operations-and-sales), Sales leadership "
                + "(rgo.mail.owners.sales-leadership)."), md);
        assertTrue(md.contains("| S2 | X | 2 | 1 | $64.40 |"), md);
        assertTrue(md.indexOf("## Restock: top 10 store SKUs") > md.indexOf("## Next steps"), md);
    }

    @Test
    void textFromTheDataCannotBecomeAFormulaOrMarkup() throws IOException {
        String formulaSku = "=HYPERLINK(\"http://evil.example\",\"x\")";
        String scriptSku = "<script>alert(1)</script>";
        Settings settings = TestSettings.defaults();
        ExportFiles files = new ExportFiles(dir.resolve("hostile"))
                .series("+c", "@S1", flatThen(9, 100, 40))
                .stock("@S1", 9, formulaSku, 0).stock("@S1", 9, scriptSku, 0);
        Analysis analysis = Runs.analyse(settings, files.dataset(settings));
        Path out = dir.resolve("hostile-out");
        new RunOutput(analysis, new RankedCustomers(Runs.kernel(settings), analysis, 2), Optional.empty())
                .writeInto(out);

        List<List<String>> restock = cells(out.resolve("restock.csv"));
        assertEquals(List.of("'@S1", "'" + formulaSku, "1", "1", "15.75"), restock.get(2));
        List<List<String>> operations = cells(out.resolve("actions/operations.csv"));
        assertEquals(List.of("'+c", "'@S1"), operations.get(1).subList(0, 2));
        assertEquals(scriptSku + ";" + formulaSku, operations.get(1).get(10));
        for (Path csv : List.of(out.resolve("restock.csv"), out.resolve("actions/operations.csv"))) {
            for (List<String> row : cells(csv)) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, csv + ": " + cell);
                }
            }
        }
        String page = Files.readString(out.resolve("actions/operations.html"));
        assertFalse(page.contains(scriptSku), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        String report = Files.readString(out.resolve("report.html"));
        assertFalse(report.contains(scriptSku), "report.html");
    }

    private static List<List<String>> cells(Path csv) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
