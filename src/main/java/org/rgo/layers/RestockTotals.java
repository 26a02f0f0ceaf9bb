package org.rgo.layers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The restock list summed so far: per (store, SKU) on the model's numbers, the weeks it was out
 * in a restocking customer's gap week at that store, how many such customers and their REI in
 * whole cents. A customer is in one chunk only, so counting it once per pair there counts it once
 * in the run. Two merge by union and sums, into the same state in any order or grouping.
 */
public final class RestockTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Sorted by key, so the state (and its serialized form) does not depend on the order of adds and merges. */
    private final TreeMap<Long, Pair> pairs = new TreeMap<>();

    private static final class Pair implements Serializable {
        private static final long serialVersionUID = 1L;
        private final BitSet weeks = new BitSet();
        private long customers;
        private long reiCents;
    }

    private static long key(int store, int sku) {
        return (long) store << 32 | sku;
    }

    /** Adds a customer whose action restocks: its REI, and the SKUs out in its stockout gap weeks. */
    void add(StockoutWeeks weeks, double rei, StockoutCalendar calendar) {
        TreeSet<Long> touched = new TreeSet<>();
        for (int j = 0; j < weeks.count(); j++) {
            int store = weeks.store(j);
            for (int sku : calendar.skusOut(store, weeks.week(j))) {
                long key = key(store, sku);
                pairs.computeIfAbsent(key, k -> new Pair()).weeks.set(weeks.week(j));
                touched.add(key);
            }
        }
        long cents = Cents.of(rei);
        for (long key : touched) {
            Pair pair = pairs.get(key);
            pair.customers++;
            pair.reiCents += cents;
        }
    }

    void merge(RestockTotals other) {
        other.pairs.forEach((key, theirs) -> {
            Pair ours = pairs.computeIfAbsent(key, k -> new Pair());
            ours.weeks.or(theirs.weeks);
            ours.customers += theirs.customers;
            ours.reiCents += theirs.reiCents;
        });
    }

    /** The rows, by REI affected descending, then store id and SKU (ids as {@link Priority#CUSTOMER_ID_ORDER}). */
    public List<RestockItem> items(Model model) {
        record Row(long reiCents, RestockItem item) {}
        List<Row> rows = new ArrayList<>(pairs.size());
        for (Map.Entry<Long, Pair> entry : pairs.entrySet()) {
            int store = (int) (entry.getKey() >>> 32);
            int sku = (int) (long) entry.getKey();
            Pair pair = entry.getValue();
            rows.add(new Row(pair.reiCents, new RestockItem(model.storeIds()[store], model.calendar().sku(sku),
                    pair.weeks.cardinality(), pair.customers, Cents.toAmount(pair.reiCents))));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.reiCents())
                .thenComparing(r -> r.item().storeId(), Priority.CUSTOMER_ID_ORDER)
                .thenComparing(r -> r.item().sku(), Priority.CUSTOMER_ID_ORDER));
        return rows.stream().map(Row::item).toList();
    }
}
