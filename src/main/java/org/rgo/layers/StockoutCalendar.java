package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.StockTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stockout store-weeks of SPEC §5, on the sales file's store and week indexes, and the SKUs
 * at 0 in each of them (what the restock list and operations' action list name). The SKUs are
 * numbered in {@link Priority#CUSTOMER_ID_ORDER}, so sorting SKU numbers sorts their names; each
 * stockout store-week's SKU numbers are a sorted slice of one array.
 */
public final class StockoutCalendar implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final int[] NO_SKUS = new int[0];

    private final BitSet stockouts;
    private final int weeks;
    private final String[] skuNames;
    /** Stockout store-week keys (store × weeks + week), ascending; the SKUs of key j are skus[skusFrom[j], skusFrom[j+1]). */
    private final int[] keys;
    private final int[] skusFrom;
    private final int[] skus;

    private StockoutCalendar(int weeks, BitSet stockouts, TreeMap<Integer, List<String>> skusOfKey) {
        this.weeks = weeks;
        this.stockouts = stockouts;
        TreeSet<String> names = new TreeSet<>(Priority.CUSTOMER_ID_ORDER);
        skusOfKey.values().forEach(names::addAll);
        this.skuNames = names.toArray(String[]::new);
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < skuNames.length; i++) {
            number.put(skuNames[i], i);
        }
        this.keys = new int[skusOfKey.size()];
        this.skusFrom = new int[keys.length + 1];
        this.skus = new int[skusOfKey.values().stream().mapToInt(List::size).sum()];
        int j = 0;
        int at = 0;
        for (Map.Entry<Integer, List<String>> entry : skusOfKey.entrySet()) {
            keys[j] = entry.getKey();
            skusFrom[j] = at;
            int first = at;
            for (String name : entry.getValue()) {
                skus[at++] = number.get(name);
            }
            Arrays.sort(skus, first, at);
            j++;
        }
        skusFrom[j] = at;
    }

    /** The stockout store-weeks on a run's week axis and store indexes; stores without sales rows are left out. */
    public static StockoutCalendar of(StockTable stock, LocalDate[] weeks, String[] storeIds, Settings.RootCause rules) {
        Map<Long, Integer> weekOfDay = new HashMap<>();
        for (int w = 0; w < weeks.length; w++) {
            weekOfDay.put(weeks[w].toEpochDay(), w);
        }
        Map<String, Integer> storeIndex = new HashMap<>();
        for (int s = 0; s < storeIds.length; s++) {
            storeIndex.put(storeIds[s], s);
        }
        BitSet stockouts = new BitSet();
        TreeMap<Integer, List<String>> skusOfKey = new TreeMap<>();
        stock.byStoreAndDay().forEach((storeId, days) -> {
            Integer store = storeIndex.get(storeId);
            if (store == null) {
                return;
            }
            days.forEach((day, counts) -> {
                Integer week = weekOfDay.get(day);
                if (week != null && isStockout(counts, rules)) {
                    int key = store * weeks.length + week;
                    stockouts.set(key);
                    skusOfKey.put(key, stock.skusOut(storeId, day));
                }
            });
        });
        return new StockoutCalendar(weeks.length, stockouts, skusOfKey);
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

    /** The numbers of the SKUs at 0 in a stockout store-week, ascending; empty for any other store-week. */
    public int[] skusOut(int store, int week) {
        int j = Arrays.binarySearch(keys, store * weeks + week);
        return j < 0 ? NO_SKUS : Arrays.copyOfRange(skus, skusFrom[j], skusFrom[j + 1]);
    }

    /** The text of SKU number {@code sku}. */
    public String sku(int sku) {
        return skuNames[sku];
    }
}
