package org.rgo.layers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per store of the sales file, the REI (in cents) and number of customers that would leave the
 * operational causes without that store's stockouts (see {@link StoreWhatIf}). Stores are the
 * model's store indexes, the same on every machine; two totals merge by adding.
 */
public final class WhatIfTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] storeIds;
    private final long[] reiCents;
    private final long[] customers;

    WhatIfTotals(String[] storeIds) {
        this.storeIds = storeIds.clone();
        this.reiCents = new long[storeIds.length];
        this.customers = new long[storeIds.length];
    }

    static WhatIfTotals of(Model model) {
        return new WhatIfTotals(model.storeIds());
    }

    void add(int store, double exposureIndex) {
        reiCents[store] += Cents.of(exposureIndex);
        customers[store]++;
    }

    void merge(WhatIfTotals other) {
        for (int s = 0; s < storeIds.length; s++) {
            reiCents[s] += other.reiCents[s];
            customers[s] += other.customers[s];
        }
    }

    /** The what-if of every store, against the portfolio's REI (SPEC §7). */
    public StoreWhatIf against(Portfolio portfolio) {
        long operational = 0;
        for (RootCause cause : RootCause.values()) {
            if (cause.restocks()) {
                operational += Cents.of(portfolio.exposureByRootCause().getOrDefault(cause.label(), 0.0));
            }
        }
        long total = Cents.of(portfolio.totalRei());
        List<StoreWhatIf.StoreFix> stores = new ArrayList<>();
        for (int s = 0; s < storeIds.length; s++) {
            stores.add(new StoreWhatIf.StoreFix(storeIds[s], Cents.toAmount(reiCents[s]), customers[s],
                    Cents.percent(reiCents[s], operational), Cents.percent(reiCents[s], total)));
        }
        stores.sort(Comparator.comparingDouble((StoreWhatIf.StoreFix f) -> -f.reiRemoved())
                .thenComparing(StoreWhatIf.StoreFix::storeId, Priority.CUSTOMER_ID_ORDER));
        return new StoreWhatIf(Cents.toAmount(operational), portfolio.totalRei(), List.copyOf(stores));
    }
}
