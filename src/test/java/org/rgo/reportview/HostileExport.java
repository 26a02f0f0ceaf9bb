package org.rgo.reportview;

import org.rgo.config.Settings;
import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.SalesTable;
import org.rgo.ingest.StockTable;
import org.rgo.layers.Analysis;
import org.rgo.layers.Runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small export whose identifiers try to become markup, script, links or spreadsheet formulas,
 * analysed by the real layers in the analyze route's order.
 */
final class HostileExport {

    static final String SCRIPT_CUSTOMER = "<script>alert(1)</script>";
    static final String FORMULA_STORE = "=HYPERLINK(\"http://evil.example/x\")";
    static final String IMG_REGION = "\"><img src=http://evil.example/p.png>";
    static final LocalDate FIRST_WEEK = LocalDate.of(2025, 9, 6);
    static final int WEEKS = 12;

    private HostileExport() {}

    /** Writes the three CSV files into {@code folder}. */
    static void write(Path folder) throws IOException {
        StringBuilder customers = new StringBuilder("customer_id,region,loyalty_member\n")
                .append(csv(SCRIPT_CUSTOMER)).append(',').append(csv(IMG_REGION)).append(",true\n")
                .append("c2,north,false\nc3,south,true\n");
        StringBuilder sales = new StringBuilder("customer_id,week_start_date,weekly_spend,store_id,"
                + "is_high_value_customer\n");
        StringBuilder stock = new StringBuilder("store_id,sku,week_start,on_hand_units\n");
        for (int w = 0; w < WEEKS; w++) {
            String week = FIRST_WEEK.plusWeeks(w).toString();
            // every customer spends steadily, then falls away over the last weeks: all are at risk
            double fading = w < 6 ? 100 : 100 - (w - 5) * 15;
            sales.append(csv(SCRIPT_CUSTOMER)).append(',').append(week).append(',').append(fading).append(',')
                    .append(csv(FORMULA_STORE)).append(",true\n");
            sales.append("c2,").append(week).append(',').append(fading * 0.8).append(",s2,false\n");
            sales.append("c3,").append(week).append(',').append(w < 8 ? 60 : 20).append(",s2,false\n");
            stock.append(csv(FORMULA_STORE)).append(",SKU-1,").append(week).append(',').append(w > 7 ? 0 : 5)
                    .append('\n');
            stock.append("s2,SKU-1,").append(week).append(",5\n");
        }
        Files.writeString(folder.resolve("retail_customers.csv"), customers, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("retail_weekly_sales.csv"), sales, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("stock_availability.csv"), stock, StandardCharsets.UTF_8);
    }

    /** The export in {@code folder}, analysed with the shipped settings. */
    static Analysis analyse(Path folder) {
        Settings settings = Settings.defaults();
        ExportReader reader = new ExportReader(settings, 50, 1040, Long.MAX_VALUE);
        CustomerDirectory customers = reader.customers(folder.resolve("retail_customers.csv"));
        SalesTable sales = reader.sales(folder.resolve("retail_weekly_sales.csv"), customers.size());
        StockTable stock = reader.stock(folder.resolve("stock_availability.csv"));
        List<Dataset.SourceFile> sources = List.of(
                new Dataset.SourceFile(InputKind.CUSTOMERS, "retail_customers.csv", null, customers.rowCount()),
                new Dataset.SourceFile(InputKind.SALES, "retail_weekly_sales.csv", "f".repeat(64), sales.rowCount()),
                new Dataset.SourceFile(InputKind.STOCK, "stock_availability.csv", null, stock.rowCount()));
        Dataset data = Dataset.join(customers, sales, stock, Instant.parse("2025-11-24T07:00:00Z"), sources,
                settings.maxListedWarnings(), settings.portfolio().segmentColumns());
        return Runs.analyse(settings, data);
    }

    private static String csv(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
