package org.rgo.generate;

/** Generated stock levels: a minority of store-weeks are stockouts, where some SKUs are at 0. */
final class StockModel {

    private static final long STOCKOUT = 101, FORCED_SKU = 102, ZERO_SKU = 103, ON_HAND = 104, ON_ORDER = 105,
            DEMAND = 106;

    private final long seed;
    private final int skus;

    StockModel(long seed, int skus) {
        this.seed = seed;
        this.skus = skus;
    }

    boolean isStockout(int store, int week) {
        return Mix.unit(seed, store, week, STOCKOUT) < Mixes.STOCKOUT_STORE_WEEK_SHARE;
    }

    int onHand(int store, int sku, int week) {
        if (isStockout(store, week) && (sku == Mix.below(seed, store, week, FORCED_SKU, skus)
                || Mix.unit(seed, store * 100_003L + sku, week, ZERO_SKU) < Mixes.STOCKOUT_SKU_SHARE)) {
            return 0;
        }
        return 1 + Mix.below(seed, store * 100_003L + sku, week, ON_HAND, 80);
    }

    int onOrder(int store, int sku, int week) {
        return Mix.below(seed, store * 100_003L + sku, week, ON_ORDER, 7) * 10;
    }

    int averageDemand(int store, int sku) {
        return 20 + Mix.below(seed, store * 100_003L + sku, 0, DEMAND, 40);
    }
}
