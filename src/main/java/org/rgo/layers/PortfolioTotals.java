package org.rgo.layers;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.rgo.layers.Rounding.round2;

/**
 * SPEC §7 summed over the at-risk customers seen so far: totals and breakdowns in whole cents,
 * the count, and the top N. Two merge into the same sums and list in any order or grouping.
 */
public final class PortfolioTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> segmentColumns;
    private long gapCents;
    private long reiCents;
    private long customers;
    private final Cents.ByKey reiByTier = new Cents.ByKey();
    private final Cents.ByKey gapByTier = new Cents.ByKey();
    private final Cents.ByKey reiByCause = new Cents.ByKey();
    private final Cents.ByKey gapByCause = new Cents.ByKey();
    private final Map<String, Long> customersByCause = new HashMap<>();
    private final Cents.ByKey reiByStore = new Cents.ByKey();
    private final Cents.ByKey gapByStore = new Cents.ByKey();
    private final Cents.ByKey[] reiBySegment;
    private final Cents.ByKey[] gapBySegment;
    private final TopN top;

    PortfolioTotals(List<String> segmentColumns, int topN) {
        this.segmentColumns = List.copyOf(segmentColumns);
        this.reiBySegment = new Cents.ByKey[segmentColumns.size()];
        this.gapBySegment = new Cents.ByKey[segmentColumns.size()];
        for (int s = 0; s < reiBySegment.length; s++) {
            reiBySegment[s] = new Cents.ByKey();
            gapBySegment[s] = new Cents.ByKey();
        }
        this.top = new TopN(topN);
    }

    /** Adds customer {@code i} of the chunk, at risk at cut 0; its full result is built only for the top N. */
    void add(Chunk chunk, int i) {
        String[] segments = new String[reiBySegment.length];
        for (int s = 0; s < segments.length; s++) {
            segments[s] = chunk.segment(i, s);
        }
        add(chunk.customerId(i), chunk.storeId(i), chunk.revenue(i, 0), chunk.attribution(i, 0).rootCause(),
                chunk.exposure(i, 0).exposureIndex(), segments, () -> chunk.result(i));
    }

    /** Adds an at-risk customer's result. */
    void add(CustomerResult r) {
        String[] segments = segmentColumns.stream().map(column -> r.segments().get(column)).toArray(String[]::new);
        add(r.customerId(), r.storeId(), r.revenue(), r.attribution().rootCause(), r.exposure().exposureIndex(),
                segments, () -> r);
    }

    private void add(String customerId, String store, Revenue revenue, RootCause rootCause, double exposureIndex,
                     String[] segments, Supplier<CustomerResult> result) {
        long gap = Cents.of(revenue.gapAmount());
        long rei = Cents.of(exposureIndex);
        String tier = revenue.tier().label();
        String cause = rootCause.label();
        gapCents += gap;
        reiCents += rei;
        customers++;
        reiByTier.add(tier, rei);
        gapByTier.add(tier, gap);
        reiByCause.add(cause, rei);
        gapByCause.add(cause, gap);
        customersByCause.merge(cause, 1L, Long::sum);
        reiByStore.add(store, rei);
        gapByStore.add(store, gap);
        for (int s = 0; s < segments.length; s++) {
            reiBySegment[s].add(segments[s], rei);
            gapBySegment[s].add(segments[s], gap);
        }
        if (top.admits(rei, gap, customerId)) {
            top.add(result.get());
        }
    }

    void merge(PortfolioTotals other) {
        gapCents += other.gapCents;
        reiCents += other.reiCents;
        customers += other.customers;
        reiByTier.merge(other.reiByTier);
        gapByTier.merge(other.gapByTier);
        reiByCause.merge(other.reiByCause);
        gapByCause.merge(other.gapByCause);
        other.customersByCause.forEach((cause, count) -> customersByCause.merge(cause, count, Long::sum));
        reiByStore.merge(other.reiByStore);
        gapByStore.merge(other.gapByStore);
        for (int s = 0; s < reiBySegment.length; s++) {
            reiBySegment[s].merge(other.reiBySegment[s]);
            gapBySegment[s].merge(other.gapBySegment[s]);
        }
        top.merge(other.top);
    }

    /** The portfolio these totals describe (SPEC §7). */
    public Portfolio portfolio() {
        List<CustomerResult> first = top.inOrder();
        long topGap = first.stream().mapToLong(r -> Cents.of(r.revenue().gapAmount())).sum();
        long topRei = first.stream().mapToLong(r -> Cents.of(r.exposure().exposureIndex())).sum();
        double totalRei = Cents.toAmount(reiCents);
        double concentration = totalRei == 0.0 ? 0.0 : round2(Cents.toAmount(topRei) / totalRei * 100.0);
        return new Portfolio(Cents.toAmount(gapCents), totalRei, Math.toIntExact(customers),
                reiByTier.largestFirst(), gapByTier.largestFirst(),
                reiByCause.largestFirst(), gapByCause.largestFirst(), new TreeMap<>(customersByCause),
                reiByStore.largestFirst(), gapByStore.largestFirst(),
                bySegment(reiBySegment), bySegment(gapBySegment),
                first, top.limit(), Cents.toAmount(topGap), concentration);
    }

    private Map<String, Map<String, Double>> bySegment(Cents.ByKey[] sums) {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        for (int s = 0; s < sums.length; s++) {
            Map<String, Double> values = sums[s].largestFirst();
            if (!values.isEmpty()) {
                result.put(segmentColumns.get(s), values);
            }
        }
        return result;
    }
}
