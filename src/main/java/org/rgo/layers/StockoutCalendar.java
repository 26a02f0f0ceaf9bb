package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.StockTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** The stockout store-weeks of SPEC §5, on the sales file's store and week indexes. */
public final class StockoutCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BitSet stockouts = new BitSet();
    private final int weeks;

    private StockoutCalendar(int weeks) {
        this.weeks = weeks;
    }

    /** The stockout store-weeks on a run's week axis and store indexes; stores without sales rows are left out. */
    public static StockoutCalendar of(StockTable stock, LocalDate[] weeks, String[] storeIds, Settings.RootCause rules) {
        StockoutCalendar calendar = new StockoutCalendar(weeks.length);
        Map<Long, Integer> weekOfDay = new HashMap<>();
        for (int w = 0; w < weeks.length; w++) {
            weekOfDay.put(weeks[w].toEpochDay(), w);
        }
        Map<String, Integer> storeIndex = new HashMap<>();
        for (int s = 0; s < storeIds.length; s++) {
            storeIndex.put(storeIds[s], s);
        }
        stock.byStoreAndDay().forEach((storeId, days) -> {
            Integer store = storeIndex.get(storeId);
            if (store == null) {
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
}
