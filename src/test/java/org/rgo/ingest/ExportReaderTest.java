package org.rgo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/**
 * SPEC §1, every input rule once: header matching, RFC 4180, UTF-8, field rules for money, dates,
 * booleans, ids and counts, field counts and limits, each rejection naming file, line, column,
 * value and rule exactly as the .error.txt shows it. The few cases through the real routes are in
 * hardening.RejectedInputTest and AcceptedInputTest.
 */
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

    /** The file's first problem is at this line, column and value, breaking this rule; the message says so exactly. */
    private static void assertNames(RejectedFileException e, long line, int column, String columnName, String value,
                                    String rule) {
        assertEquals(new Problems.Problem(line, column, columnName, value, rule), e.problems().get(0));
        assertEquals(e.fileName() + ": line " + line + ", column " + column + " (" + columnName + "), value '" + value
                + "': " + rule, e.getMessage());
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
    @CsvSource(delimiter = '|', value = {
            "abc      | money must be a plain decimal such as 12.50",
            "1e3      | money must be a plain decimal such as 12.50",
            "12,50    | money must be a plain decimal such as 12.50",
            "$5       | money must be a plain decimal such as 12.50",
            "5.5.5    | money must be a plain decimal such as 12.50",
            ".        | money must be a plain decimal such as 12.50",
            "NaN      | money must be a plain decimal such as 12.50",
            "Infinity | money must be a plain decimal such as 12.50",
            "-5       | money must be >= 0",
            "-0.01    | money must be >= 0",
            "''       | must not be empty (write 0 for a week without spend)"})
    void badMoneyRejectsTheFileNamingLineColumnValueAndRule(String spend, String rule) throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,1,S1,false\n"
                + "C1,2025-01-13," + ExportFiles.csv(spend) + ",S1,false\n");
        assertEquals("retail_weekly_sales.csv", e.fileName());
        assertNames(e, 3, 3, "weekly_spend", spend, rule);
    }

    @ParameterizedTest(name = "week_start_date ''{0}''")
    @ValueSource(strings = {"2025-13-01", "2025-02-30", "06/01/2025", "2025-1-6", "2025/01/06", "20250106", "",
            "2025-01-06X", "yesterday"})
    void badDatesRejectTheFile(String date) throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1," + date + ",1,S1,false\n");
        assertNames(e, 2, 2, "week_start_date", date, "must be a date yyyy-MM-dd");
    }

    @ParameterizedTest(name = "is_high_value_customer ''{0}''")
    @ValueSource(strings = {"maybe", "Y", "t", "2", "truee"})
    void badBooleansRejectTheFile(String flag) throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "C1,2025-01-06,1,S1," + flag + "\n");
        assertNames(e, 2, 5, "is_high_value_customer", flag, "must be true/false, 1/0 or yes/no");
    }

    @Test
    void aBadLoyaltyFlagRejectsTheCustomersFile() throws IOException {
        Path file = file("retail_customers.csv", "loyalty_member,customer_id\nyes,1\nsometimes,2\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.customers(file));
        assertEquals("retail_customers.csv", e.fileName());
        assertNames(e, 3, 1, "loyalty_member", "sometimes", "must be true/false, 1/0 or yes/no");
    }

    @ParameterizedTest(name = "on_hand_units ''{0}''")
    @ValueSource(strings = {"-1", "1.5", "x", "", "1e2"})
    void badOnHandUnitsRejectTheStockFile(String units) throws IOException {
        Path file = file("stock_availability.csv", "store_id,sku,week_start,on_hand_units\n"
                + "S1,A,2025-01-06,4\nS1,B,2025-01-06," + units + "\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.stock(file));
        assertEquals("stock_availability.csv", e.fileName());
        assertNames(e, 3, 4, "on_hand_units", units, "on_hand_units must be a whole number >= 0");
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
        assertEquals("retail_weekly_sales.csv: line 1: the file is empty (a header row is required)",
                rejectedSales("").getMessage());
    }

    @Test
    void aHeaderWithoutRowsIsRejected() throws IOException {
        assertEquals("retail_weekly_sales.csv: line 1: the file has a header but no data rows",
                rejectedSales(SALES_HEADER).getMessage());
    }

    @Test
    void aMissingRequiredColumnIsRejectedByNameQuotingTheHeader() throws IOException {
        assertEquals("retail_weekly_sales.csv: line 1: missing required column 'weekly_spend' "
                        + "(header: customer_id,week_start_date,store_id)",
                rejectedSales("customer_id,week_start_date,store_id\nC1,2025-01-06,S1\n").getMessage());
    }

    @Test
    void everyMissingColumnIsListed() throws IOException {
        Path file = file("stock_availability.csv", "sku,store\nA,S1\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.stock(file));
        assertEquals("""
                Rejected stock_availability.csv: 3 problems
                stock_availability.csv: line 1: missing required column 'store_id' (header: sku,store)
                stock_availability.csv: line 1: missing required column 'week_start' (header: sku,store)
                stock_availability.csv: line 1: missing required column 'on_hand_units' (header: sku,store)
                """, e.report());
    }

    @Test
    void aRequiredColumnTwiceIsRejected() throws IOException {
        assertEquals("retail_weekly_sales.csv: line 1: column 'store_id' appears 2 times in the header; it must"
                        + " appear once",
                rejectedSales("customer_id,week_start_date,weekly_spend,store_id,Store_ID\nC1,2025-01-06,1,S1,S2\n")
                        .getMessage());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejected() throws IOException {
        assertEquals("retail_weekly_sales.csv: line 3: expected 5 fields, found 4",
                rejectedSales(SALES_HEADER + "C1,2025-01-06,1,S1,false\nC1,2025-01-13,1,S1\n").getMessage());
    }

    @Test
    void textThatIsNotUtf8IsRejectedNamingItsLine() throws IOException {
        byte[] latin1 = (SALES_HEADER + "C1,2025-01-06,1,S1,false\nC\u00fb,2025-01-06,1,S1,false\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("retail_weekly_sales.csv"), latin1);
        long offset = SALES_HEADER.length() + "C1,2025-01-06,1,S1,false\nC".length();

        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.sales(file, 0));

        assertEquals("retail_weekly_sales.csv: line 3: not UTF-8 text: byte 0xFB at byte offset " + offset
                + " is not UTF-8 (export the file as UTF-8 CSV)", e.getMessage());
    }

    @Test
    void anEmptyIdIsRejected() throws IOException {
        assertNames(rejectedSales(SALES_HEADER + "C1,2025-01-06,1,,false\n"), 2, 4, "store_id", "",
                "must not be empty");
    }

    @Test
    void controlCharactersInAnIdAreRejectedAndQuotedAsQuestionMarks() throws IOException {
        RejectedFileException e = rejectedSales(SALES_HEADER + "\"7\u001b[2J\",2025-01-06,1,S1,false\n");
        assertEquals("retail_weekly_sales.csv: line 2, column 1 (customer_id), value '7?[2J': must not contain"
                + " control characters (tab, line break, NUL...)", e.getMessage());
    }

    @Test
    void everyProblemIsCountedAndTheFirstOnesListed() throws IOException {
        ExportReader listsTwo = new ExportReader(TestSettings.defaults(), 2, 1040, Long.MAX_VALUE);
        Path file = file("retail_weekly_sales.csv", SALES_HEADER
                + "C1,x,1,S1,false\nC2,2025-01-06,y,S1,false\nC3,2025-01-06,1,,false\nC4,2025-01-06,1,S1,z\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> listsTwo.sales(file, 0));
        assertEquals(4, e.problemCount());
        assertEquals("retail_weekly_sales.csv: line 2, column 2 (week_start_date), value 'x': must be a date"
                + " yyyy-MM-dd (and 3 more problems)", e.getMessage());
        assertEquals("""
                Rejected retail_weekly_sales.csv: 4 problems
                retail_weekly_sales.csv: line 2, column 2 (week_start_date), value 'x': must be a date yyyy-MM-dd
                retail_weekly_sales.csv: line 3, column 3 (weekly_spend), value 'y': money must be a plain decimal \
                such as 12.50
                ... and 2 more problems not listed
                """, e.report());
    }

    @Test
    void aSalesFileWithMoreDistinctWeeksThanTheLimitIsRejectedAtTheFirstWeekTooMany() throws IOException {
        ExportReader threeWeeks = new ExportReader(TestSettings.defaults(), 50, 3, Long.MAX_VALUE);
        Path file = file("retail_weekly_sales.csv", SALES_HEADER + "C1,2025-01-06,1,S1,false\n"
                + "C1,2025-01-13,1,S1,false\nC2,2025-01-06,1,S1,false\nC1,2025-01-20,1,S1,false\n"
                + "C1,2025-01-27,1,S1,false\n");
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> threeWeeks.sales(file, 0));
        assertNames(e, 6, 2, "week_start_date", "2025-01-27",
                "more than 3 distinct weeks in one file (limit rgo.ingest.max-weeks); weekly data expected");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnreadAndOneAtTheLimitIsRead() throws IOException {
        String content = "store_id,sku,week_start,on_hand_units\nS1,A,2025-01-06,4\n";
        ExportReader limit = new ExportReader(TestSettings.defaults(), 50, 1040, content.length());
        Path atLimit = file("stock_availability.csv", content);
        Path over = file("stock_availability_big.csv", content + "\n");

        assertEquals(1, limit.stock(atLimit).rowCount());
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> limit.stock(over));
        assertEquals("stock_availability_big.csv: the file has " + (content.length() + 1) + " bytes, more than the"
                + " limit of " + content.length() + " (rgo.ingest.max-file-bytes)", e.getMessage());
    }

    @Test
    void aSymbolicLinkIsRejectedWithoutReadingItsTarget() throws IOException {
        Path target = file("elsewhere.csv", "customer_id\nsecret-customer\n");
        Path link = Files.createSymbolicLink(dir.resolve("retail_customers.csv"), target);

        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.customers(link));

        assertEquals("retail_customers.csv: is a symbolic link; drop the file itself", e.getMessage());
    }

    @Test
    void aFolderIsRejected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("retail_customers.csv"));
        RejectedFileException e = assertThrows(RejectedFileException.class, () -> reader.customers(folder));
        assertEquals("retail_customers.csv: is not a regular file", e.getMessage());
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
