package org.rgo.ingest;

import org.rgo.config.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds the three exports of SPEC §1 for a test, writes them to a folder and reads them the way
 * a run does (ExportReader, then Dataset.join). Week {@code i} is the Monday {@link #WEEK0} + i weeks.
 */
public final class ExportFiles {

    public static final LocalDate WEEK0 = LocalDate.of(2025, 1, 6);
    public static final Instant LOADED_AT = Instant.parse("2025-04-01T08:00:00Z");

    private final Path dir;
    private final Map<String, String> customerRows = new LinkedHashMap<>();
    private final Set<String> unlisted = new LinkedHashSet<>();
    private final List<String> salesRows = new ArrayList<>();
    private final Set<String> salesCustomers = new LinkedHashSet<>();
    private final List<String> stockRows = new ArrayList<>();
    private Long shuffleSeed;

    public ExportFiles(Path dir) {
        this.dir = dir;
    }

    public static String week(int index) {
        return WEEK0.plusWeeks(index).toString();
    }

    /** A customers-file row (customer_id, loyalty_member, region). */
    public ExportFiles customer(String id, boolean loyal, String region) {
        customerRows.put(id, csv(id) + "," + loyal + "," + csv(region));
        return this;
    }

    /** Keeps {@code id} out of the customers file (otherwise every sales customer is listed). */
    public ExportFiles unlisted(String id) {
        unlisted.add(id);
        return this;
    }

    public ExportFiles sale(String id, int week, double spend, String store) {
        return sale(id, week, spend, store, false, "grocery");
    }

    public ExportFiles sale(String id, int week, double spend, String store, boolean highValue, String category) {
        salesCustomers.add(id);
        salesRows.add(csv(id) + "," + week(week) + "," + money(spend) + "," + csv(store) + "," + highValue + ","
                + csv(category));
        return this;
    }

    /** One row a week from week 0 at {@code store}; NaN leaves that week without a row. */
    public ExportFiles series(String id, String store, double... spend) {
        return seriesFrom(id, store, 0, spend);
    }

    /** Like {@link #series} for a customer whose first row is in week {@code firstWeek}. */
    public ExportFiles seriesFrom(String id, String store, int firstWeek, double... spend) {
        for (int i = 0; i < spend.length; i++) {
            if (!Double.isNaN(spend[i])) {
                sale(id, firstWeek + i, spend[i], store);
            }
        }
        return this;
    }

    /** Like {@link #series}, every row flagged is_high_value_customer=true. */
    public ExportFiles highValueSeries(String id, String store, double... spend) {
        for (int i = 0; i < spend.length; i++) {
            if (!Double.isNaN(spend[i])) {
                sale(id, i, spend[i], store, true, "grocery");
            }
        }
        return this;
    }

    public ExportFiles stock(String store, int week, String sku, int onHand) {
        stockRows.add(csv(store) + "," + csv(sku) + "," + week(week) + "," + onHand);
        return this;
    }

    /** Makes (store, week) a stockout store-week under the default any-sku rule. */
    public ExportFiles stockout(String store, int week) {
        return stock(store, week, "SKU-OUT", 0);
    }

    /** Writes the sales rows in a random (seeded) order: SPEC §2 orders by week itself. */
    public ExportFiles shuffled(long seed) {
        this.shuffleSeed = seed;
        return this;
    }

    public Path customersFile() {
        return dir.resolve("retail_customers.csv");
    }

    public Path salesFile() {
        return dir.resolve("retail_weekly_sales.csv");
    }

    public Path stockFile() {
        return dir.resolve("stock_availability.csv");
    }

    public ExportFiles write() {
        Map<String, String> customers = new LinkedHashMap<>(customerRows);
        for (String id : salesCustomers) {
            if (!unlisted.contains(id)) {
                customers.putIfAbsent(id, csv(id) + ",false,north");
            }
        }
        List<String> sales = new ArrayList<>(salesRows);
        if (shuffleSeed != null) {
            Collections.shuffle(sales, new Random(shuffleSeed));
        }
        List<String> stock = new ArrayList<>(stockRows);
        if (stock.isEmpty()) {
            // a stock file needs one data row; this store sells nothing, so it changes no result
            stock.add("NO-SALES-STORE,SKU-1," + week(0) + ",5");
        }
        writeFile(customersFile(), "customer_id,loyalty_member,region", customers.values());
        writeFile(salesFile(), "customer_id,week_start_date,weekly_spend,store_id,is_high_value_customer,product_category",
                sales);
        writeFile(stockFile(), "store_id,sku,week_start,on_hand_units", stock);
        return this;
    }

    /** Writes the files and reads them as a run does. */
    public Dataset dataset(Settings settings) {
        write();
        return read(settings, customersFile(), salesFile(), stockFile());
    }

    public static Dataset read(Settings settings, Path customersFile, Path salesFile, Path stockFile) {
        ExportReader reader = new ExportReader(settings, 50, 1040, Long.MAX_VALUE);
        CustomerDirectory customers = reader.customers(customersFile);
        SalesTable sales = reader.sales(salesFile, customers.size());
        StockTable stock = reader.stock(stockFile);
        return Dataset.join(customers, sales, stock, LOADED_AT, List.of(), settings.maxListedWarnings(),
                settings.portfolio().segmentColumns());
    }

    public static void writeFile(Path file, String header, Iterable<String> rows) {
        StringBuilder text = new StringBuilder(header).append('\n');
        rows.forEach(row -> text.append(row).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(double spend) {
        return BigDecimal.valueOf(spend).toPlainString();
    }

    /** RFC 4180 quoting, only where needed. */
    static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
