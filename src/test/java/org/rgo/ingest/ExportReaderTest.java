package org.rgo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rgo.config.TestSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC §1: header matching, RFC 4180, field rules, and rejections that name file, line, column and value. */
class ExportReaderTest {

    @TempDir
    Path dir;

    private final ExportReader reader = new ExportReader(TestSettings.defaults(), 50, 1040, Long.MAX_VALUE);

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private SalesTable sales(String content) throws IOException {
        return reader.sales(file("retail_weekly_sales.csv", content), 0);
    }

    private RejectedFileException rejectedSales(String content) throws IOException {
        Path file = file("retail_weekly_sales.csv", content);
        return assertThrows(RejectedFileException.class, () -> reader.sales(file, 0));
    }

    private static void assertNames(RejectedFileException e, long line, int column, String columnName, String value) {
        Problems.Problem p = e.problems().get(0);
        assertEquals(line, p.line(), "line");
        assertEquals(column, p.column(), "column");
        assertEquals(columnName, p.columnName(), "column name");
        assertEquals(value, p.value(), "value");
        String message = e.getMessage();
        assertTrue(message.startsWith(e.fileName() + ": line " + line + ", column " + column + " (" + columnName
                + "), value '" + value + "': "), message);
    }

    private static final String SALES_HEADER = "customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer\n";

    @Test
    void headerNamesMatchIgnoringCaseAndSurroundingSpacesInAnyOrder() throws IOException {
        SalesTable t = sales(" Store_ID ,WEEKLY_SPEND,\tweek_start_date ,Customer_Id,Is_High_Value_Customer\n"
                + "S9,12.50,2025-01-06,C1,TRUE\n");
        assertEquals(1, t.customerCount());
        assertEquals("C1", t.customerId(0));
        assertEquals(12.5, t.spend(0, 0));
        assertEquals("S9", t.storeId(t.store(0, 0)));
        assertEquals(LocalDate.of(2025, 1, 6), t.week(0));
        assertTrue(t.highValue(0, 0));
    }

    @Test
    void extraColumnsAreAccepted() throws IOException {
        SalesTable t = sales("customer_id,week_number,week_start_date,weekly_spend,store_id,notes,month_name\n"
                + "C1,1,2025-01-06,3.25,S1,anything at all,January\n");
        assertEquals(3.25, t.spend(0, 0));
    }

    @Test
    void aUtf8ByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
        CustomerDirectory customers = reader.customers(file("retail_customers.csv",
                "\uFEFFcustomer_id,loyalty_member\n7,true\n"));
        assertEquals(0, customers.row("7"));
        assertTrue(customers.loyal().get(0));
    }

    @Test
    void crlfLineEndingsAreAccepted() throws IOException {
        SalesTable t = sales("customer_id,week_start_date,weekly_spend,store_id\r\n"
                + "C1,2025-01-06,1.50,S1\r\nC1,2025-01-13,2.50,S1\r\n");
        assertEquals(2, t.weekCount());
        assertEquals("S1", t.storeId(0));
        assertEquals(2.5, t.spend(1, 0));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        // ids may not hold line breaks (they would break every report line), other columns may
        SalesTable t = sales("customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer,note\n"
                + "\"Smith, J.\",2025-01-06,\"1.00\",\"store \"\"north\"\"\",false,x\n"
                + "C2,2025-01-06,2,S1,false,\"two\nlines\"\n");
        assertEquals("Smith, J.", t.customerId(0));
        assertEquals("store \"north\"", t.storeId(t.store(0, 0)));
        assertEquals("C2", t.customerId(1));
        assertEquals(2.0, t.spend(0, 1));
    }

    @Test
    void datesMayCarryATimePartAndValuesSurroundingSpaces() throws IOException {
        SalesTable t = sales(SALES_HEADER
                + "C1,2025-01-06T00:00:00,1,S1,false\n"
                + "C1, 2025-01-13 08:30:00 , 2.75 ,S1,false\n");
        assertEquals(LocalDate.of(2025, 1, 13), t.week(1));
        assertEquals(2.75, t.spend(1, 0));
    }

    @Test
    void booleansAcceptTrueFalseOneZeroYesNoInAnyCase() throws IOException {
        SalesTable t = sales(SALES_HEADER
                + "a,2025-01-06,1,S1,True\nb,2025-01-06,1,S1,FALSE\nc,2025-01-06,1,S1,1\n"
                + "d,2025-01-06,1,S1,0\ne,2025-01-06,1,S1,Yes\nf,2025-01-06,1,S1,no\ng,2025-01-06,1,S1,\n");
        boolean[] expected = {true, false, true, false, true, false, false};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], t.highValue(0, c), t.customerId(c));
        }
    }

    @Test
    void emptyLinesAreSkipped() throws IOException {
        SalesTable t = sales(SALES_HEADER + "\nC1,2025-01-06,1,S1,false\n\n\n");
        assertEquals(1, t.rowCount());
    }

    @ParameterizedTest(name = "weekly_spend ''{0}''")
    @ValueSource(strings = {"abc", "-5", "-0.01", "1e3", "12,50", "$5", "5.5.5", ".", "", "NaN", "Infinity"})
    void badMoneyRejectsTheFileNamingLineColumnAndValue(String spend) throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,1,S1,false\n"
                + "C1,2025-01-13," + ExportFiles.csv(spend) + ",S1,false\n");
        assertEquals("retail_weekly_sales.csv", e.fileName());
        assertNames(e, 3, 3, "weekly_spend", spend);
    }

    @Test
    void negativeMoneySaysSo() throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,-5,S1,false\n");
        assertTrue(e.getMessage().endsWith("money must be >= 0"), e.getMessage());
    }

    @ParameterizedTest(name = "week_start_date ''{0}''")
    @ValueSource(strings = {"2025-13-01", "2025-02-30", "06/01/2025", "2025-1-6", "2025/01/06", "20250106", "",
            "2025-01-06X", "yesterday"})
    void badDatesRejectTheFile(String date) throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1," + date + ",1,S1,false\n");
        assertNames(e, 2, 2, "week_start_date", date);
    }

    @ParameterizedTest(name = "is_high_value_customer ''{0}''")
    @ValueSource(strings = {"maybe", "Y", "t", "2", "truee"})
    void badBooleansRejectTheFile(String flag) throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,1,S1," + flag + "\n");
        assertNames(e, 2, 5, "is_high_value_customer", flag);
    }

    @Test
    void aBadLoyaltyFlagRejectsTheCustomersFile() throws IOException {
        Path file = file("retail_customers.csv", "loyalty_member,customer_id\nyes,1\nsometimes,2\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.customers(file));
        assertEquals("retail_customers.csv", e.fileName());
        assertNames(e, 3, 1, "loyalty_member", "sometimes");
    }

    @ParameterizedTest(name = "on_hand_units ''{0}''")
    @ValueSource(strings = {"-1", "1.5", "x", "", "1e2"})
    void badOnHandUnitsRejectTheStockFile(String units) throws IOException {
        Path file = file("stock_availability.csv", "store_id,sku,week_start,on_hand_units\n"
                + "S1,A,2025-01-06,4\nS1,B,2025-01-06," + units + "\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.stock(file));
        assertEquals("stock_availability.csv", e.fileName());
        assertNames(e, 3, 4, "on_hand_units", units);
    }

    @Test
    void stockCountsRowsAndZeroRowsPerStoreWeek() throws IOException {
        StockTable stock = reader.stock(file("stock_availability.csv", "week_start,on_hand_units,store_id\n"
                + "2025-01-06,0,S1\n2025-01-06,3,S1\n2025-01-06,0,S1\n2025-01-13,5,S1\n"));
        long day = LocalDate.of(2025, 1, 6).toEpochDay();
        assertEquals(new StockTable.SkuCounts(3, 2), stock.byStoreAndDay().get("S1").get(day));
        assertEquals(new StockTable.SkuCounts(1, 0), stock.byStoreAndDay().get("S1").get(day + 7));
        assertEquals(4, stock.rowCount());
    }

    @Test
    void stockKeepsTheDistinctSkusAtZeroPerStoreWeek() throws IOException {
        StockTable stock = reader.stock(file("stock_availability.csv", "store_id,sku,week_start,on_hand_units\n"
                + "S1,B,2025-01-06,0\nS1,A,2025-01-06,0\nS1,C,2025-01-06,2\nS1,B,2025-01-06,0\n"
                + "S2,A,2025-01-06,0\nS1,A,2025-01-13,4\nS1,,2025-01-20,0\n"));
        long day = LocalDate.of(2025, 1, 6).toEpochDay();
        assertEquals(List.of("A", "B"), stock.skusOut("S1", day));
        assertEquals(new StockTable.SkuCounts(4, 3), stock.byStoreAndDay().get("S1").get(day));
        assertEquals(List.of("A"), stock.skusOut("S2", day));
        assertEquals(List.of(), stock.skusOut("S1", day + 7));
        assertEquals(List.of(StockTable.BLANK_SKU), stock.skusOut("S1", day + 14));
        assertEquals(List.of(), stock.skusOut("S9", day));
    }

    @Test
    void aStockFileWithoutSkuColumnNamesItsZeroRowsBlank() throws IOException {
        StockTable stock = reader.stock(file("stock_availability.csv", "week_start,on_hand_units,store_id\n"
                + "2025-01-06,0,S1\n2025-01-06,3,S1\n"));
        assertEquals(List.of("(blank)"), stock.skusOut("S1", LocalDate.of(2025, 1, 6).toEpochDay()));
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        RejectedFileException e = rejectedSales("");
        assertTrue(e.getMessage().startsWith("retail_weekly_sales.csv: line 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aHeaderWithoutRowsIsRejected() throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER);
        assertTrue(e.getMessage().contains("no data rows"), e.getMessage());
    }

    @Test
    void aMissingRequiredColumnIsRejectedByName() throws IOException {
        RejectedFileException e = rejectedSales("customer_id,week_start_date,store_id\nC1,2025-01-06,S1\n");
        assertEquals(1, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("missing required column 'weekly_spend'"), e.getMessage());
    }

    @Test
    void everyMissingColumnIsListed() throws IOException {
        Path file = file("stock_availability.csv", "sku,store\nA,S1\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.stock(file));
        assertEquals(3, e.problemCount());
        String report = e.report();
        for (String column : new String[]{"store_id", "week_start", "on_hand_units"}) {
            assertTrue(report.contains("'" + column + "'"), report);
        }
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejected() throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,1,S1,false\nC1,2025-01-13,1,S1\n");
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("expected 5 fields, found 4"), e.getMessage());
    }

    @Test
    void theLineOfARowAfterAMultiLineFieldIsItsLineInTheFile() throws IOException {
        RejectedFileException e = rejectedSales("customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer,note\n"
                + "C0,2025-01-06,1,S1,false,\"a\nb\"\n"
                + "C1,2025-01-06,oops,S1,false,x\n");
        assertNames(e, 4, 3, "weekly_spend", "oops");
    }

    @Test
    void everyProblemIsCountedAndTheFirstOnesListed() throws IOException {
        ExportReader listsTwo = new ExportReader(TestSettings.defaults(), 2, 1040, Long.MAX_VALUE);
        Path file = file("retail_weekly_sales.csv", SALES_HEADER
                + "C1,x,1,S1,false\nC2,2025-01-06,y,S1,false\nC3,2025-01-06,1,,false\nC4,2025-01-06,1,S1,z\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> listsTwo.sales(file, 0));
        assertEquals(4, e.problemCount());
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().endsWith("(and 3 more problems)"), e.getMessage());
        assertTrue(e.report().startsWith("Rejected retail_weekly_sales.csv: 4 problems\n"), e.report());
        assertTrue(e.report().contains("... and 2 more problems not listed"), e.report());
    }

    @Test
    void anEmptyRequiredValueIsRejected() throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,1,,false\n");
        assertNames(e, 2, 4, "store_id", "");
    }

    @Test
    void theShippedSampleIsAcceptedWithAllItsColumns() {
        Path samples = Path.of("samples");
        CustomerDirectory customers = reader.customers(samples.resolve("retail_customers.csv"));
        SalesTable sales = reader.sales(samples.resolve("retail_weekly_sales.csv"), customers.size());
        StockTable stock = reader.stock(samples.resolve("stock_availability.csv"));
        assertEquals(200, customers.size());
        assertEquals(200, sales.customerCount());
        assertEquals(12, sales.weekCount());
        assertEquals(2400, sales.rowCount());
        assertEquals(2, sales.storeCount());
        assertEquals(360, stock.rowCount());
        assertEquals(LocalDate.of(2025, 11, 22), sales.week(sales.asOfWeek()));
    }
}
