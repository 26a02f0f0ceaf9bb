package org.rgo.layers;

import java.util.Arrays;

/**
 * What fixing stockouts is worth (issue 12, {@link StoreWhatIf}), per customer and without
 * evaluating the model once per store: only a customer at risk in an operational cause can leave
 * one, and only the stores of its gap weeks that were stockouts matter. Without store s's
 * stockouts its overlap is the overlap minus those weeks at s (the root cause layer kept them, each
 * with its store: {@link Attribution#overlapWeeks()}); its root cause follows from SPEC §5's rule
 * ({@link RootCauseLayer}) with that overlap and everything else unchanged.
 */
public final class StoreWhatIfLayer {

    private final RootCauseLayer rootCause;

    public StoreWhatIfLayer(RootCauseLayer rootCause) {
        this.rootCause = rootCause;
    }

    /** The route step: for each store, the REI of the chunk's customers that would leave the operational causes. */
    public Chunk accumulate(Chunk chunk) {
        WhatIfTotals totals = chunk.totals().whatIf();
        // a customer's stockout gap weeks are at a few stores: (store, weeks) pairs, reused per customer
        int[] stores = new int[8];
        int[] weeks = new int[8];
        for (int i = 0; i < chunk.size(); i++) {
            if (!chunk.atRisk(i, 0) || !chunk.attribution(i, 0).rootCause().restocks()) {
                continue;
            }
            Revenue revenue = chunk.revenue(i, 0);
            StockoutWeeks overlapWeeks = chunk.attribution(i, 0).overlapWeeks();
            int distinct = 0;
            for (int j = 0; j < overlapWeeks.count(); j++) {
                int store = overlapWeeks.store(j);
                int at = 0;
                while (at < distinct && stores[at] != store) {
                    at++;
                }
                if (at == distinct) {
                    if (distinct == stores.length) {
                        stores = Arrays.copyOf(stores, distinct * 2);
                        weeks = Arrays.copyOf(weeks, distinct * 2);
                    }
                    stores[at] = store;
                    weeks[at] = 0;
                    distinct++;
                }
                weeks[at]++;
            }
            int gapWeeks = gapWeeks(chunk.series(i, 0), revenue.baselineRevenue());
            for (int at = 0; at < distinct; at++) {
                RootCause without = rootCause.rootCause(revenue, chunk.structural(i, 0), gapWeeks,
                        overlapWeeks.count() - weeks[at]);
                if (!without.restocks()) {
                    totals.add(stores[at], chunk.exposure(i, 0).exposureIndex());
                }
            }
        }
        return chunk;
    }

    private static int gapWeeks(CustomerSeries series, double baseline) {
        int gapWeeks = 0;
        for (int w = 0; w < series.length(); w++) {
            if (RootCauseLayer.isGapWeek(series.spend(w), baseline)) {
                gapWeeks++;
            }
        }
        return gapWeeks;
    }
}
