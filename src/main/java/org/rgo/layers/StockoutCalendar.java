package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.SalesTable;
import org.rgo.ingest.StockTable;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** The stockout store-weeks of SPEC §5, on the sales file's store and week indexes. */
public final class StockoutCalendar {

    private final BitSet stockouts = new BitSet();
    private final int weeks;

    private StockoutCalendar(int weeks) {
        this.weeks = weeks;
    }

    public static StockoutCalendar of(StockTable stock, SalesTable sales, Settings.RootCause rules) {
        StockoutCalendar calendar = new StockoutCalendar(sales.weekCount());
        Map<Long, Integer> weekOfDay = new HashMap<>();
        for (int w = 0; w < sales.weekCount(); w++) {
            weekOfDay.put(sales.week(w).toEpochDay(), w);
        }
        stock.byStoreAndDay().forEach((storeId, days) -> {
            int store = sales.storeIndex(storeId);
            if (store < 0) {
                return;
            }
            days.forEach((day, counts) -> {
                Integer week = weekOfDay.get(day);
                if (week != null && isStockout(counts, rules)) {
                    calendar.stockouts.set(store * calendar.weeks + week);
                }
            });
        });
        return calendar;
    }

    private static boolean isStockout(StockTable.SkuCounts counts, Settings.RootCause rules) {
        return switch (rules.stockoutRule()) {
            case ANY_SKU -> counts.outOfStock() >= 1;
            case SHARE -> counts.outOfStock() > 0
                    && (double) counts.outOfStock() / counts.rows() >= rules.stockoutMinShare();
        };
    }

    public boolean isStockout(int store, int week) {
        return stockouts.get(store * weeks + week);
    }

    /** For reports: how many store-weeks are stockouts. */
    public int count() {
        return stockouts.cardinality();
    }

}
