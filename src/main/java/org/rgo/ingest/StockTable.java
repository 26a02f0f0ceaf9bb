package org.rgo.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stock export reduced to what SPEC §5 and the restock list need: per store id and week
 * (epoch day), how many stock rows there are and how many of them have on_hand_units = 0; and,
 * for the store-weeks with such a row, which SKUs those rows name ({@code skusOut}, distinct,
 * sorted, each SKU text one shared String; a row without a sku is {@value #BLANK_SKU}).
 */
public record StockTable(Map<String, Map<Long, SkuCounts>> byStoreAndDay, long rowCount,
                         Map<String, Map<Long, List<String>>> skusOut) {

    /** The SKU of a stock row whose sku column is missing or empty, as a missing segment value is named. */
    public static final String BLANK_SKU = Dataset.BLANK_SEGMENT;

    /** A table without SKU detail. */
    public StockTable(Map<String, Map<Long, SkuCounts>> byStoreAndDay, long rowCount) {
        this(byStoreAndDay, rowCount, Map.of());
    }

    /** The SKUs at 0 at a store in a week; empty when none was. */
    public List<String> skusOut(String storeId, long day) {
        return skusOut.getOrDefault(storeId, Map.of()).getOrDefault(day, List.of());
    }

    public record SkuCounts(int rows, int outOfStock) {
        SkuCounts plus(boolean zero) {
            return new SkuCounts(rows + 1, outOfStock + (zero ? 1 : 0));
        }
    }

    /** Collects stock rows one at a time, in any order. */
    static final class Builder {
        private final Map<String, Map<Long, SkuCounts>> counts = new HashMap<>();
        private final Map<String, Map<Long, TreeSet<String>>> zeros = new HashMap<>();
        private final Map<String, String> skuNames = new HashMap<>();
        private long rows;

        /** One valid stock row; {@code sku} may be empty. */
        void add(String storeId, long day, String sku, boolean zero) {
            rows++;
            counts.computeIfAbsent(storeId, s -> new HashMap<>())
                    .merge(day, new SkuCounts(1, zero ? 1 : 0), (a, b) -> a.plus(zero));
            if (zero) {
                String name = skuNames.computeIfAbsent(sku.isEmpty() ? BLANK_SKU : sku, s -> s);
                zeros.computeIfAbsent(storeId, s -> new HashMap<>())
                        .computeIfAbsent(day, d -> new TreeSet<>()).add(name);
            }
        }

        StockTable build() {
            Map<String, Map<Long, List<String>>> skus = new HashMap<>();
            zeros.forEach((store, days) -> {
                Map<Long, List<String>> lists = new HashMap<>();
                days.forEach((day, names) -> lists.put(day, List.copyOf(new ArrayList<>(names))));
                skus.put(store, lists);
            });
            return new StockTable(counts, rows, skus);
        }
    }
}
