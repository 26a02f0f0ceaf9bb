package org.rgo.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes the three exports with the sample's columns. Rows are computed one at a time from
 * (seed, customer, week), so memory does not grow with the data. With shuffle, each file's rows
 * come out in the order of a {@link KeyedPermutation} of its row slots.
 */
public final class DataGenerator {

    public static final String CUSTOMERS_FILE = "retail_customers.csv";
    public static final String SALES_FILE = "retail_weekly_sales.csv";
    public static final String STOCK_FILE = "stock_availability.csv";

    static final String CUSTOMERS_HEADER = "customer_id,age,household_size,loyalty_member";
    static final String SALES_HEADER = "customer_id,week_start_date,weekly_spend,store_id,week_number,month,"
            + "month_name,quarter,year,is_zero_spend,is_high_spend,is_low_spend,age,household_size,loyalty_member,"
            + "is_high_value_customer";
    static final String STOCK_HEADER = "store_id,sku,week_start,on_hand_units,on_order_units,avg_weekly_demand";

    private static final long CUSTOMER_ORDER = 201, SALES_ORDER = 202, STOCK_ORDER = 203;

    /** Row counts of what was written. */
    public record Written(long customers, long sales, long stock) {}

    private final GeneratorOptions options;
    private final StockModel stock;
    private final byte[][] weekDate;
    private final byte[][] weekCalendar;

    DataGenerator(GeneratorOptions options) {
        this.options = options;
        this.stock = new StockModel(options.seed(), options.skus());
        this.weekDate = new byte[options.weeks()][];
        this.weekCalendar = new byte[options.weeks()][];
        for (int w = 0; w < options.weeks(); w++) {
            LocalDate day = options.week(w);
            weekDate[w] = AsciiOut.bytes(day.toString());
            weekCalendar[w] = AsciiOut.bytes((w + 1) + "," + day.getMonthValue() + ","
                    + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ","
                    + ((day.getMonthValue() - 1) / 3 + 1) + "," + day.getYear());
        }
    }

    Written write() {
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + options.out(), e);
        }
        return new Written(writeCustomers(), writeSales(), writeStock());
    }

    private long writeCustomers() {
        long n = options.customers();
        KeyedPermutation order = options.shuffle() ? new KeyedPermutation(n, options.seed() ^ CUSTOMER_ORDER) : null;
        try (AsciiOut out = new AsciiOut(options.out().resolve(CUSTOMERS_FILE))) {
            out.text(CUSTOMERS_HEADER).newline();
            for (long i = 0; i < n; i++) {
                int c = (int) (order == null ? i : order.at(i));
                CustomerProfile p = CustomerProfile.of(options.seed(), c, options.weeks(), options.stores());
                out.number(c + 1L).comma().number(p.age()).comma().number(p.householdSize()).comma()
                        .bool(p.loyal()).newline();
            }
        }
        return n;
    }

    private long writeSales() {
        int weeks = options.weeks();
        long slots = (long) options.customers() * weeks;
        KeyedPermutation order = options.shuffle() ? new KeyedPermutation(slots, options.seed() ^ SALES_ORDER) : null;
        long rows = 0;
        CustomerProfile profile = null;
        try (AsciiOut out = new AsciiOut(options.out().resolve(SALES_FILE))) {
            out.text(SALES_HEADER).newline();
            for (long i = 0; i < slots; i++) {
                long slot = order == null ? i : order.at(i);
                int c = (int) (slot / weeks);
                int w = (int) (slot % weeks);
                if (profile == null || profile.customer() != c) {
                    profile = CustomerProfile.of(options.seed(), c, weeks, options.stores());
                }
                long cents = profile.spendCents(options.seed(), w, stock);
                if (cents == CustomerProfile.NO_ROW) {
                    continue;
                }
                rows++;
                out.number(c + 1L).comma().bytes(weekDate[w]).comma().cents(cents).comma()
                        .number(storeId(profile.storeAt(w))).comma().bytes(weekCalendar[w]).comma()
                        .bool(cents == 0).comma().bool(cents >= Mixes.HIGH_SPEND_CENTS).comma()
                        .bool(cents > 0 && cents <= Mixes.LOW_SPEND_CENTS).comma()
                        .number(profile.age()).comma().number(profile.householdSize()).comma()
                        .bool(profile.loyal()).comma().bool(profile.highValue()).newline();
            }
        }
        return rows;
    }

    private long writeStock() {
        int stores = options.stores();
        int skus = options.skus();
        int weeks = options.weeks();
        long slots = (long) stores * skus * weeks;
        KeyedPermutation order = options.shuffle() ? new KeyedPermutation(slots, options.seed() ^ STOCK_ORDER) : null;
        try (AsciiOut out = new AsciiOut(options.out().resolve(STOCK_FILE))) {
            out.text(STOCK_HEADER).newline();
            for (long i = 0; i < slots; i++) {
                long slot = order == null ? i : order.at(i);
                int store = (int) (slot / ((long) skus * weeks));
                int sku = (int) (slot / weeks % skus);
                int w = (int) (slot % weeks);
                out.number(storeId(store)).comma().text(skuId(sku)).comma().bytes(weekDate[w]).comma()
                        .number(stock.onHand(store, sku, w)).comma().number(stock.onOrder(store, sku, w)).comma()
                        .number(stock.averageDemand(store, sku)).newline();
            }
        }
        return slots;
    }

    /** Store ids as in the sample: 101, 102, ... */
    private static long storeId(int store) {
        return 101L + store;
    }

    private static String skuId(int sku) {
        return String.format("SKU-%03d", sku + 1);
    }
}
