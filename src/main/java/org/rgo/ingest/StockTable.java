package org.rgo.ingest;

import java.util.Map;

/**
 * The stock export reduced to what SPEC §5 needs: per store id and week (epoch day), how many stock
 * rows there are and how many of them have on_hand_units = 0.
 */
public record StockTable(Map<String, Map<Long, SkuCounts>> byStoreAndDay, long rowCount) {

    public record SkuCounts(int rows, int outOfStock) {
        SkuCounts plus(boolean zero) {
            return new SkuCounts(rows + 1, outOfStock + (zero ? 1 : 0));
        }
    }
}
