package org.rgo.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.rgo.gate.GateSettings.CUSTOMERS_FILE_MIN_RATIO;
import static org.rgo.gate.GateSettings.HOLD_CHANGED_SAME_WEEK;
import static org.rgo.gate.GateSettings.HOLD_OLDER_AS_OF_WEEK;
import static org.rgo.gate.GateSettings.MAX_DROPPED_COLUMNS;
import static org.rgo.gate.GateSettings.MAX_MEAN_ROW_SPEND;
import static org.rgo.gate.GateSettings.MAX_UNKNOWN_CUSTOMER_SHARE;
import static org.rgo.gate.GateSettings.ROWS_MIN_RATIO;
import static org.rgo.gate.GateSettings.SPEND_MAX_FACTOR;
import static org.rgo.gate.GateSettings.STOCK_MAX_FACTOR;
import static org.rgo.gate.GateSettings.STORE_MIN_WEEKLY_ROWS;
import static org.rgo.gate.GateSettings.STORE_MIN_WEEKLY_STOCK_ROWS;

/**
 * The data gate's checks: pure functions of this run's {@link DataProfile} and the last successful
 * run. Each check that finds a figure outside its range adds a {@link GateReason}; any reason holds
 * the run. The history checks compare the as-of week with the median of the weeks before it, so a
 * trend, a missing customer-week or a late joiner moves them little; the file checks compare
 * with the inputs of the last successful run.
 */
public final class Gate {

    public static final String CUSTOMERS = "retail_customers";
    public static final String SALES = "retail_weekly_sales";

    private final GateSettings settings;

    public Gate(GateSettings settings) {
        this.settings = settings;
    }

    public GateSettings settings() {
        return settings;
    }

    public GateResult check(DataProfile now, Optional<LastRun> last) {
        if (!settings.enabled()) {
            return GateResult.off(now);
        }
        List<GateReason> reasons = new ArrayList<>();
        if (!now.weeks().isEmpty()) {
            if (now.history().size() >= settings.minHistoryWeeks()) {
                rows(now, reasons);
                spend(now, reasons);
                storesWithoutRows(now, now.salesStores(), "sales", "store-without-sales",
                        settings.storeMinWeeklyRows(), STORE_MIN_WEEKLY_ROWS, reasons);
                storesWithoutRows(now, now.stockStores(), "stock", "store-without-stock",
                        settings.storeMinWeeklyStockRows(), STORE_MIN_WEEKLY_STOCK_ROWS, reasons);
                stockRows(now, reasons);
            }
            meanRowSpend(now, reasons);
            unknownCustomers(now, reasons);
        }
        last.ifPresent(run -> {
            asOfWeek(now, run, reasons);
            run.profile().ifPresent(previous -> {
                customersFile(now, previous, run, reasons);
                columns(now, previous, run, reasons);
                restatedSpend(now, previous, run, reasons);
            });
        });
        return GateResult.of(reasons, now);
    }

    /** Rows of the as-of week, one per customer with a row: an export that died part-way has fewer. */
    private void rows(DataProfile now, List<GateReason> reasons) {
        double median = median(now.history().stream().mapToLong(DataProfile.Week::rows).toArray());
        if (median < settings.minWeeklyRows()) {
            return;
        }
        long rows = now.asOf().rows();
        double min = settings.rowsMinRatio() * median;
        if (rows < min) {
            reasons.add(GateReason.of("as-of-week-rows",
                    "sales rows (distinct customers with a row) in as-of week " + now.asOfWeek(),
                    Long.toString(rows),
                    "at least " + number(min) + " (" + settings.rowsMinRatio() + " × the median " + number(median)
                            + " of the " + now.history().size() + " weeks before)",
                    ROWS_MIN_RATIO, settings.rowsMinRatio(),
                    "the export may have stopped part-way through the week; every missing customer would count as"
                            + " a spend of 0"));
        }
    }

    /** Total spend of the as-of week, both ways: a factor of 100 is a unit change (cents for dollars). */
    private void spend(DataProfile now, List<GateReason> reasons) {
        double medianRows = median(now.history().stream().mapToLong(DataProfile.Week::rows).toArray());
        double median = median(now.history().stream().mapToLong(DataProfile.Week::spendCents).toArray());
        if (medianRows < settings.minWeeklyRows() || median <= 0) {
            return;
        }
        long spend = now.asOf().spendCents();
        double factor = settings.spendMaxFactor();
        if (spend > median * factor || spend < median / factor) {
            reasons.add(GateReason.of("as-of-week-spend", "total spend in as-of week " + now.asOfWeek(),
                    money(spend),
                    "between " + money(median / factor) + " and " + money(median * factor) + " (the median "
                            + money(median) + " of the " + now.history().size() + " weeks before, ÷ or × " + plain(factor)
                            + ")",
                    SPEND_MAX_FACTOR, factor, "spend " + ratio(spend / median)
                            + " the usual week's looks like a unit change (cents for dollars) or a broken export"));
        }
    }

    /** The mean spend per row of the as-of week: a plausibility bound that needs no history. */
    private void meanRowSpend(DataProfile now, List<GateReason> reasons) {
        DataProfile.Week asOf = now.asOf();
        if (settings.maxMeanRowSpend() <= 0 || asOf.rows() == 0) {
            return;
        }
        double mean = asOf.spendCents() / (double) asOf.rows();
        if (mean > settings.maxMeanRowSpend() * 100) {
            reasons.add(GateReason.of("as-of-week-mean-spend",
                    "mean spend per sales row in as-of week " + now.asOfWeek(), money(mean),
                    "at most " + money(settings.maxMeanRowSpend() * 100) + " a customer-week",
                    MAX_MEAN_ROW_SPEND, plain(settings.maxMeanRowSpend()),
                    "spend this high per customer and week looks like a unit change (cents for dollars)"));
        }
    }

    /**
     * A store with rows in the weeks before (a median of at least {@code minRows} a week) and none in
     * the as-of week: its feed is likely missing, and its customers would all look lost.
     */
    private void storesWithoutRows(DataProfile now, List<DataProfile.StoreWeeks> stores, String what, String check,
                                   int minRows, String key, List<GateReason> reasons) {
        List<GateReason> found = new ArrayList<>();
        for (DataProfile.StoreWeeks store : stores) {
            double median = median(before(store));
            if (median >= minRows && median > 0 && asOf(store) == 0) {
                found.add(GateReason.of(check, what + " rows of store " + store.store() + " in as-of week "
                                + now.asOfWeek(), "0",
                        "at least 1 (the store had a median of " + number(median) + " a week in the "
                                + before(store).length + " weeks before; stores with a median of at least "
                                + minRows + " are expected every week)",
                        key, minRows, "the store's " + what + " feed looks missing from the export"));
            }
        }
        addListed(found, check, what + " rows of stores in as-of week " + now.asOfWeek(), key, minRows, reasons);
    }

    /** A store's stock rows (one per SKU) in the as-of week against the weeks before: a partial stock export. */
    private void stockRows(DataProfile now, List<GateReason> reasons) {
        double factor = settings.stockMaxFactor();
        List<GateReason> found = new ArrayList<>();
        for (DataProfile.StoreWeeks store : now.stockStores()) {
            double median = median(before(store));
            long rows = asOf(store);
            if (median < 1 || rows == 0) {
                continue;
            }
            if (rows > median * factor || rows < median / factor) {
                found.add(GateReason.of("stock-rows-per-store-week", "stock rows of store " + store.store()
                                + " in as-of week " + now.asOfWeek(), Long.toString(rows),
                        "between " + number(median / factor) + " and " + number(median * factor) + " (the median "
                                + number(median) + " of the " + before(store).length + " weeks before, ÷ or × "
                                + factor + ")",
                        STOCK_MAX_FACTOR, factor, "the stock export for this store-week looks incomplete or doubled"));
            }
        }
        addListed(found, "stock-rows-per-store-week", "stock rows per store in as-of week " + now.asOfWeek(),
                STOCK_MAX_FACTOR, factor, reasons);
    }

    /** Customers of the as-of week the customers file does not list: a customers file cut short. */
    private void unknownCustomers(DataProfile now, List<GateReason> reasons) {
        long customers = now.asOf().rows();
        if (customers == 0) {
            return;
        }
        double share = now.asOfCustomersUnknown() / (double) customers;
        if (share > settings.maxUnknownCustomerShare()) {
            reasons.add(GateReason.of("customers-missing-from-customers-file",
                    "share of the as-of week's customers missing from the customers file" + fileName(now, CUSTOMERS),
                    percent(share) + " (" + now.asOfCustomersUnknown() + " of " + customers + ")",
                    "at most " + percent(settings.maxUnknownCustomerShare()),
                    MAX_UNKNOWN_CUSTOMER_SHARE, settings.maxUnknownCustomerShare(),
                    "the customers file looks cut short; loyalty and segments of the missing customers are lost"));
        }
    }

    private void asOfWeek(DataProfile now, LastRun last, List<GateReason> reasons) {
        if (now.asOfWeek() == null || last.asOfWeek() == null) {
            return;
        }
        if (settings.holdOlderAsOfWeek() && now.asOfWeek().isBefore(last.asOfWeek())) {
            reasons.add(GateReason.of("as-of-week-older", "as-of week", now.asOfWeek().toString(),
                    last.asOfWeek() + " or later (the as-of week of the last successful run " + last.runId() + ")",
                    HOLD_OLDER_AS_OF_WEEK, true, "an old export was dropped again, or the latest weeks are missing"));
        } else if (settings.holdChangedSameWeek() && now.asOfWeek().equals(last.asOfWeek())
                && differentSales(now, last)) {
            reasons.add(GateReason.of("as-of-week-restated", "as-of week", now.asOfWeek() + " with other sales data"
                            + " than the last successful run " + last.runId() + " had for it",
                    "a week after " + last.asOfWeek() + ", or the same sales data",
                    HOLD_CHANGED_SAME_WEEK, true,
                    "a week already reported was exported again with other figures; check which export is right"));
        }
    }

    /** Whether the sales data differ from the last run's: by content digest, else by file SHA-256; unknown is "no". */
    private static boolean differentSales(DataProfile now, LastRun last) {
        Optional<String> previousDigest = last.profile().map(DataProfile::salesDigest).filter(d -> !d.isEmpty());
        if (previousDigest.isPresent() && !now.salesDigest().isEmpty()) {
            return !previousDigest.get().equals(now.salesDigest());
        }
        DataProfile.FileFacts sales = now.files().get(SALES);
        return sales != null && sales.sha256() != null && last.salesSha256() != null
                && !sales.sha256().equals(last.salesSha256());
    }

    private void customersFile(DataProfile now, DataProfile previous, LastRun last, List<GateReason> reasons) {
        DataProfile.FileFacts file = now.files().get(CUSTOMERS);
        DataProfile.FileFacts before = previous.files().get(CUSTOMERS);
        if (file == null || before == null || before.rows() == 0) {
            return;
        }
        double min = settings.customersFileMinRatio() * before.rows();
        if (file.rows() < min) {
            reasons.add(GateReason.of("customers-file-rows", "rows in the customers file " + file.name(),
                    file.rows() + " (" + percent(file.rows() / (double) before.rows()) + " of before)",
                    "at least " + number(min) + " (" + settings.customersFileMinRatio() + " × the " + before.rows()
                            + " rows of " + before.name() + ", which the last successful run " + last.runId()
                            + " read)",
                    CUSTOMERS_FILE_MIN_RATIO, settings.customersFileMinRatio(),
                    "the customers file shrank; it may have been cut short"));
        }
    }

    private void columns(DataProfile now, DataProfile previous, LastRun last, List<GateReason> reasons) {
        for (Map.Entry<String, DataProfile.FileFacts> entry : now.files().entrySet()) {
            DataProfile.FileFacts before = previous.files().get(entry.getKey());
            if (before == null || before.columns().isEmpty() || entry.getValue().columns().isEmpty()) {
                continue;
            }
            List<String> gone = before.columns().stream().filter(Predicate.not(entry.getValue().columns()::contains))
                    .distinct().toList();
            if (gone.size() > settings.maxDroppedColumns()) {
                reasons.add(GateReason.of("column-gone", "columns of the " + entry.getKey() + " file "
                                + entry.getValue().name(), "without " + String.join(", ", gone),
                        "every column of " + before.name() + ", which the last successful run " + last.runId()
                                + " read (at most " + settings.maxDroppedColumns() + " may go)",
                        MAX_DROPPED_COLUMNS, settings.maxDroppedColumns(),
                        (gone.size() == 1 ? "column " : "columns ") + String.join(", ", gone)
                                + (gone.size() == 1 ? " is" : " are") + " gone; figures that use "
                                + (gone.size() == 1 ? "it" : "them") + " would change silently"));
            }
        }
    }

    /**
     * The weeks this export shares with the last successful run's, spend against spend: an export
     * whose every row came in cents moves no in-file history check, but moves this.
     */
    private void restatedSpend(DataProfile now, DataProfile previous, LastRun last, List<GateReason> reasons) {
        Map<LocalDate, Long> before = new HashMap<>();
        previous.weeks().forEach(week -> before.put(week.start(), week.spendCents()));
        long spend = 0;
        long spendBefore = 0;
        int shared = 0;
        for (DataProfile.Week week : now.weeks()) {
            Long then = before.get(week.start());
            if (then != null) {
                spend += week.spendCents();
                spendBefore += then;
                shared++;
            }
        }
        double factor = settings.spendMaxFactor();
        if (shared == 0 || spendBefore <= 0) {
            return;
        }
        if (spend > spendBefore * factor || spend < spendBefore / factor) {
            reasons.add(GateReason.of("restated-spend", "total spend of the " + shared + " weeks this export shares"
                            + " with the last successful run " + last.runId(), money(spend),
                    "between " + money(spendBefore / factor) + " and " + money(spendBefore * factor) + " (the "
                            + money(spendBefore) + " that run read for the same weeks, ÷ or × " + plain(factor) + ")",
                    SPEND_MAX_FACTOR, factor, "spend " + ratio(spend / (double) spendBefore)
                            + " what was reported for the same weeks looks like a unit change (cents for dollars)"));
        }
    }

    /** Lists the first reasons of a kind one by one and counts the rest in one more. */
    private void addListed(List<GateReason> found, String check, String figure, String key, Object threshold,
                           List<GateReason> reasons) {
        int listed = Math.min(found.size(), Math.max(1, settings.maxListedStores()));
        reasons.addAll(found.subList(0, listed));
        if (found.size() > listed) {
            reasons.add(GateReason.of(check, figure, (found.size() - listed) + " more stores",
                    "none (see the stores above)", key, threshold, "the stores not listed fail the same check"));
        }
    }

    private static long[] before(DataProfile.StoreWeeks store) {
        List<Long> rows = store.rows();
        return rows.subList(0, rows.size() - 1).stream().mapToLong(Long::longValue).toArray();
    }

    private static long asOf(DataProfile.StoreWeeks store) {
        return store.rows().isEmpty() ? 0 : store.rows().get(store.rows().size() - 1);
    }

    private static String fileName(DataProfile now, String kind) {
        DataProfile.FileFacts file = now.files().get(kind);
        return file == null ? "" : " " + file.name();
    }

    static double median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static String money(double cents) {
        return new BigDecimal(cents / 100.0).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String ratio(double times) {
        return times >= 1 ? String.format(Locale.ROOT, "%.1f times", times)
                : String.format(Locale.ROOT, "%.1f %% of", times * 100);
    }
}
