package org.rgo.gate;

import org.rgo.config.Keys;

/**
 * The {@code rgo.gate.*} keys (README "Data gate"). Each check names its key in the reasons it
 * gives, so an operator sees which threshold a figure crossed.
 *
 * @param historyWeeks         how many weeks before the as-of week the medians are taken over
 * @param minHistoryWeeks      the history checks need at least this many weeks before the as-of week
 * @param minWeeklyRows        the rows and spend history checks need a median of at least this many
 *                             sales rows a week: below it one customer moves the figures too much
 * @param rowsMinRatio         as-of week sales rows (customers with a row) at least this share of the median
 * @param spendMaxFactor       as-of week spend within median ÷ factor .. median × factor; also the weeks
 *                             this export shares with the last successful run's
 * @param maxMeanRowSpend      mean spend per sales row of the as-of week at most this (0: not checked)
 * @param storeMinWeeklyRows   a store with a median of at least this many sales rows a week must have a
 *                             row in the as-of week
 * @param storeMinWeeklyStockRows the same for stock rows
 * @param stockMaxFactor       a store's stock rows in the as-of week within median ÷ factor .. × factor
 * @param customersFileMinRatio the customers file keeps at least this share of the rows its previous version had
 * @param maxUnknownCustomerShare at most this share of the as-of week's customers missing from the customers file
 * @param maxDroppedColumns    columns a file may lose against its previous version
 * @param holdOlderAsOfWeek    hold a run whose as-of week is older than the last successful run's
 * @param holdChangedSameWeek  hold a run on the last successful run's as-of week with different sales data
 * @param maxListedStores      stores named one by one in the reasons before the rest are counted
 */
public record GateSettings(boolean enabled, int historyWeeks, int minHistoryWeeks, int minWeeklyRows,
                           double rowsMinRatio, double spendMaxFactor, double maxMeanRowSpend,
                           int storeMinWeeklyRows, int storeMinWeeklyStockRows, double stockMaxFactor,
                           double customersFileMinRatio, double maxUnknownCustomerShare, int maxDroppedColumns,
                           boolean holdOlderAsOfWeek, boolean holdChangedSameWeek, int maxListedStores) {

    public static final String ENABLED = "rgo.gate.enabled";
    public static final String HISTORY_WEEKS = "rgo.gate.history-weeks";
    public static final String MIN_HISTORY_WEEKS = "rgo.gate.min-history-weeks";
    public static final String MIN_WEEKLY_ROWS = "rgo.gate.min-weekly-rows";
    public static final String ROWS_MIN_RATIO = "rgo.gate.rows.min-ratio";
    public static final String SPEND_MAX_FACTOR = "rgo.gate.spend.max-factor";
    public static final String MAX_MEAN_ROW_SPEND = "rgo.gate.spend.max-mean-row-spend";
    public static final String STORE_MIN_WEEKLY_ROWS = "rgo.gate.store.min-weekly-rows";
    public static final String STORE_MIN_WEEKLY_STOCK_ROWS = "rgo.gate.store.min-weekly-stock-rows";
    public static final String STOCK_MAX_FACTOR = "rgo.gate.stock.max-factor";
    public static final String CUSTOMERS_FILE_MIN_RATIO = "rgo.gate.customers-file.min-ratio";
    public static final String MAX_UNKNOWN_CUSTOMER_SHARE = "rgo.gate.customers-file.max-unknown-share";
    public static final String MAX_DROPPED_COLUMNS = "rgo.gate.columns.max-dropped";
    public static final String HOLD_OLDER_AS_OF_WEEK = "rgo.gate.as-of.hold-older";
    public static final String HOLD_CHANGED_SAME_WEEK = "rgo.gate.as-of.hold-changed-same-week";

    public GateSettings {
        if (historyWeeks < 1 || minHistoryWeeks < 1 || minHistoryWeeks > historyWeeks) {
            throw new IllegalStateException(MIN_HISTORY_WEEKS + " and " + HISTORY_WEEKS
                    + " must be at least 1, and the minimum no more than the history");
        }
        if (spendMaxFactor <= 1 || stockMaxFactor <= 1) {
            throw new IllegalStateException(SPEND_MAX_FACTOR + " and " + STOCK_MAX_FACTOR + " must be above 1");
        }
        if (rowsMinRatio < 0 || rowsMinRatio > 1 || customersFileMinRatio < 0 || customersFileMinRatio > 1
                || maxUnknownCustomerShare < 0 || maxUnknownCustomerShare > 1) {
            throw new IllegalStateException(ROWS_MIN_RATIO + ", " + CUSTOMERS_FILE_MIN_RATIO + " and "
                    + MAX_UNKNOWN_CUSTOMER_SHARE + " are shares between 0 and 1");
        }
    }

    public static GateSettings from(Keys k, int maxListed) {
        return new GateSettings(k.bool(ENABLED), k.integer(HISTORY_WEEKS), k.integer(MIN_HISTORY_WEEKS),
                k.integer(MIN_WEEKLY_ROWS), k.number(ROWS_MIN_RATIO), k.number(SPEND_MAX_FACTOR),
                k.number(MAX_MEAN_ROW_SPEND), k.integer(STORE_MIN_WEEKLY_ROWS), k.integer(STORE_MIN_WEEKLY_STOCK_ROWS),
                k.number(STOCK_MAX_FACTOR), k.number(CUSTOMERS_FILE_MIN_RATIO), k.number(MAX_UNKNOWN_CUSTOMER_SHARE),
                k.integer(MAX_DROPPED_COLUMNS), k.bool(HOLD_OLDER_AS_OF_WEEK), k.bool(HOLD_CHANGED_SAME_WEEK),
                maxListed);
    }
}
