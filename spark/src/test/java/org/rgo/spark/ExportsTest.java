package org.rgo.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.ingest.InputKind;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsTest {

    private final Exports exports = new Exports(LocalSpark.session(), 50);

    @TempDir
    Path folder;

    @Test
    void headerNamesAreTrimmedLowerCasedAndFreedOfTheBomWithEveryExtraColumnKept() throws IOException {
        String csv = "\uFEFF Customer_ID ,WEEK_START_DATE,Weekly_Spend,store_id,Region Name\r\n"
                + "1,2025-09-06,50.12,101,North\r\n";
        Dataset<Row> raw = exports.raw(InputKind.SALES, write("retail_weekly_sales.csv", csv));

        assertEquals(List.of("customer_id", "week_start_date", "weekly_spend", "store_id", "region name",
                Exports.ROW_ORDER), List.of(raw.columns()));
        Row row = raw.first();
        assertEquals("1", row.getString(0));
        assertEquals("North", row.getString(4), "no carriage return left on the last field of a CRLF line");
    }

    @Test
    void quotedFieldsKeepTheirCommasAndDoubledQuotes() throws IOException {
        String csv = "customer_id,region,note\n"
                + "7,\"North, East\",\"said \"\"hi\"\"\"\n";
        Row row = exports.raw(InputKind.CUSTOMERS, write("retail_customers.csv", csv)).first();

        assertEquals("North, East", row.getString(1));
        assertEquals("said \"hi\"", row.getString(2));
    }

    @Test
    void moneyIsReadAsAnExactDecimalWhateverItsScale() throws IOException {
        String csv = "customer_id,week_start_date,weekly_spend,store_id\n"
                + "1,2025-09-06,0.1,101\n"
                + "1,2025-09-13,0.2,101\n"
                + "1,2025-09-20,10.005,101\n"
                + "1,2025-09-27,12345678901234567.125,101\n";
        Dataset<Row> raw = exports.raw(InputKind.SALES, write("retail_weekly_sales.csv", csv));
        assertEquals(List.of(), exports.problems(InputKind.SALES, raw, "retail_weekly_sales.csv"));

        List<BigDecimal> spend = Exports.salesRows(raw).collectAsList().stream()
                .sorted(Comparator.comparing(SalesRow::getWeekStart)).map(SalesRow::getSpend).toList();
        assertEquals(0, spend.get(0).add(spend.get(1)).compareTo(new BigDecimal("0.3")), "0.1 + 0.2 is 0.3, exactly");
        assertEquals(0, spend.get(2).compareTo(new BigDecimal("10.005")), "three decimals are kept, not rounded");
        assertEquals(0, spend.get(3).compareTo(new BigDecimal("12345678901234567.125")),
                "no digit is lost to a double");
    }

    @Test
    void datesIgnoreATimePartAndBooleansTakeEveryWrittenForm() throws IOException {
        String csv = "customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer\n"
                + "1,2025-09-06T23:59:59,1,101,TRUE\n"
                + "2,2025-09-06 08:00,1,101,0\n"
                + "3,2025-09-06,1,101,Yes\n"
                + "4,2025-09-06,1,101,no\n"
                + "5,2025-09-06,1,101,\n";
        Dataset<Row> raw = exports.raw(InputKind.SALES, write("retail_weekly_sales.csv", csv));
        assertEquals(List.of(), exports.problems(InputKind.SALES, raw, "retail_weekly_sales.csv"));

        List<SalesRow> rows = Exports.salesRows(raw).collectAsList().stream()
                .sorted(Comparator.comparing(SalesRow::getCustomerId)).toList();
        assertTrue(rows.stream().allMatch(row -> row.getWeekStart().equals(LocalDate.of(2025, 9, 6))));
        assertEquals(List.of(true, false, true, false, false), rows.stream().map(SalesRow::isHighValue).toList(),
                "an empty is_high_value_customer counts as false");
    }

    @Test
    void everyBrokenRuleIsListedWithColumnValueAndRule() throws IOException {
        String csv = "customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer\n"
                + "1,2025-02-30,1,101,true\n"
                + "2,2025-09-06,-5,101,true\n"
                + "3,2025-09-06,1e3,101,maybe\n"
                + "4,06/09/2025,,101,true\n"
                + ",2025-09-06,1,,true\n"
                + "6,2025-09-06,12.50,101,true\n"
                + "7\u001b[2J,2025-09-06,1,101,true\n"
                + "8,2025-09-06,1,10\u00851,true\n";
        Dataset<Row> raw = exports.raw(InputKind.SALES, write("retail_weekly_sales.csv", csv));

        List<String> problems = exports.problems(InputKind.SALES, raw, "retail_weekly_sales.csv");

        assertEquals(7, problems.size(), problems::toString);
        String all = String.join("\n", problems);
        assertTrue(problems.stream().allMatch(problem -> problem.chars().noneMatch(Character::isISOControl)),
                "control characters are shown as ?");
        assertTrue(all.contains("retail_weekly_sales.csv: column week_start_date, value '2025-02-30': must be a date yyyy-MM-dd"), all);
        assertTrue(all.contains("column weekly_spend, value '-5': money must be >= 0"), all);
        assertTrue(all.contains("column weekly_spend, value '1e3': money must be a plain decimal such as 12.50; "
                + "column is_high_value_customer, value 'maybe': must be true/false, 1/0 or yes/no"), all);
        assertTrue(all.contains("column weekly_spend, value '': must not be empty"), all);
        assertTrue(all.contains("column customer_id, value '': must not be empty; column store_id, value '': must not be empty"), all);
        assertTrue(all.contains("column customer_id, value '7?[2J': must not contain control characters"), all);
        assertTrue(all.contains("column store_id, value '10?1': must not contain control characters"), all);
    }

    @Test
    void aMissingOrRepeatedRequiredColumnIsRejectedByName() throws IOException {
        String missing = write("retail_weekly_sales.csv", "customer_id,week_start_date,store_id\n1,2025-09-06,101\n");
        String repeated = write("stock_availability.csv", "store_id,week_start,on_hand_units,Store_ID\n101,2025-09-06,3,102\n");

        assertEquals("retail_weekly_sales.csv: missing required column weekly_spend",
                assertThrows(IllegalArgumentException.class, () -> exports.raw(InputKind.SALES, missing)).getMessage());
        assertEquals("stock_availability.csv: column store_id appears twice",
                assertThrows(IllegalArgumentException.class, () -> exports.raw(InputKind.STOCK, repeated)).getMessage());
    }

    @Test
    void parquetIsReadUnderTheSameRules() throws IOException {
        String csv = "Customer_ID,week_start_date,weekly_spend,store_id,segment\n"
                + "1,2025-09-06,10.005,101,A\n";
        Dataset<Row> fromCsv = exports.raw(InputKind.SALES, write("retail_weekly_sales.csv", csv));
        String parquet = folder.resolve("retail_weekly_sales.parquet").toUri().toString();
        fromCsv.drop(Exports.ROW_ORDER).withColumnRenamed("customer_id", "CUSTOMER_ID").write().parquet(parquet);

        Dataset<Row> raw = exports.raw(InputKind.SALES, parquet);

        assertEquals(List.of(), exports.problems(InputKind.SALES, raw, parquet));
        assertEquals("segment", raw.columns()[4]);
        SalesRow row = Exports.salesRows(raw).first();
        assertEquals("1", row.getCustomerId());
        assertEquals(0, row.getSpend().compareTo(new BigDecimal("10.005")));
    }

    private String write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toUri().toString();
    }
}
