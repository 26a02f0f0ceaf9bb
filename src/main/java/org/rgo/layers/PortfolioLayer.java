package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.Dataset;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.layers.Rounding.round2;

/** Layer 5, SPEC §7: totals and exposure by tier, cause, store and segment; the top-N priorities. */
public final class PortfolioLayer {

    /** Customer ids sort as numbers when both are whole numbers, else as text. */
    static final Comparator<String> CUSTOMER_ID_ORDER = (a, b) -> {
        if (isWholeNumber(a) && isWholeNumber(b)) {
            int byNumber = compareWholeNumbers(a, b);
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    };

    /**
     * BigInteger's order without a BigInteger per comparison (ties on REI and gap are common, so
     * this runs millions of times at retail scale): ASCII digits compare by length past leading
     * zeros, then digit by digit; other Unicode digits still go through BigInteger.
     */
    private static int compareWholeNumbers(String a, String b) {
        if (!isAsciiDigits(a) || !isAsciiDigits(b)) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        int i = 0;
        while (i < a.length() - 1 && a.charAt(i) == '0') {
            i++;
        }
        int j = 0;
        while (j < b.length() - 1 && b.charAt(j) == '0') {
            j++;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        if (byLength != 0) {
            return byLength;
        }
        for (; i < a.length(); i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            }
        }
        return 0;
    }

    private static boolean isAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static final Comparator<CustomerResult> PRIORITY = Comparator
            .comparingDouble((CustomerResult r) -> r.exposure().exposureIndex()).reversed()
            .thenComparing(Comparator.comparingDouble((CustomerResult r) -> r.revenue().gapAmount()).reversed())
            .thenComparing(CustomerResult::customerId, CUSTOMER_ID_ORDER);

    private static final String BLANK = "(blank)";

    private final Settings.Portfolio rules;

    public PortfolioLayer(Settings settings) {
        this.rules = settings.portfolio();
    }

    public Portfolio aggregate(List<CustomerResult> atRisk) {
        List<CustomerResult> ordered = inPriorityOrder(atRisk);
        long gap = 0;
        long rei = 0;
        Cents.ByKey reiByTier = new Cents.ByKey();
        Cents.ByKey gapByTier = new Cents.ByKey();
        Cents.ByKey reiByCause = new Cents.ByKey();
        Cents.ByKey gapByCause = new Cents.ByKey();
        Cents.ByKey reiByStore = new Cents.ByKey();
        Cents.ByKey gapByStore = new Cents.ByKey();
        Map<String, Cents.ByKey> reiBySegment = new LinkedHashMap<>();
        Map<String, Cents.ByKey> gapBySegment = new LinkedHashMap<>();
        for (CustomerResult r : ordered) {
            double customerGap = r.revenue().gapAmount();
            double customerRei = r.exposure().exposureIndex();
            gap += Cents.of(customerGap);
            rei += Cents.of(customerRei);
            reiByTier.add(r.revenue().tier().label(), customerRei);
            gapByTier.add(r.revenue().tier().label(), customerGap);
            reiByCause.add(r.attribution().rootCause().label(), customerRei);
            gapByCause.add(r.attribution().rootCause().label(), customerGap);
            reiByStore.add(r.storeId(), customerRei);
            gapByStore.add(r.storeId(), customerGap);
            r.segments().forEach((column, value) -> {
                reiBySegment.computeIfAbsent(column, k -> new Cents.ByKey()).add(value, customerRei);
                gapBySegment.computeIfAbsent(column, k -> new Cents.ByKey()).add(value, customerGap);
            });
        }
        List<CustomerResult> top = ordered.subList(0, Math.min(rules.topN(), ordered.size()));
        long topGap = top.stream().mapToLong(r -> Cents.of(r.revenue().gapAmount())).sum();
        long topRei = top.stream().mapToLong(r -> Cents.of(r.exposure().exposureIndex())).sum();
        double totalRei = Cents.toAmount(rei);
        double concentration = totalRei == 0.0 ? 0.0 : round2(Cents.toAmount(topRei) / totalRei * 100.0);
        return new Portfolio(Cents.toAmount(gap), totalRei, ordered.size(),
                reiByTier.largestFirst(), gapByTier.largestFirst(),
                reiByCause.largestFirst(), gapByCause.largestFirst(),
                reiByStore.largestFirst(), gapByStore.largestFirst(),
                largestFirst(reiBySegment), largestFirst(gapBySegment),
                ordered, rules.topN(), Cents.toAmount(topGap), concentration);
    }

    /** A result with its sort keys side by side, so that comparisons do not chase three records. */
    private record Ranked(double rei, double gap, String id, boolean wholeNumber, CustomerResult result) {
        static Ranked of(CustomerResult r) {
            return new Ranked(r.exposure().exposureIndex(), r.revenue().gapAmount(), r.customerId(),
                    isWholeNumber(r.customerId()), r);
        }
    }

    /** {@link #PRIORITY} with precomputed keys, on all cores; a total order, so the same list. */
    private static final Comparator<Ranked> RANKED_PRIORITY = (a, b) -> {
        int byRei = Double.compare(b.rei(), a.rei());
        if (byRei != 0) {
            return byRei;
        }
        int byGap = Double.compare(b.gap(), a.gap());
        if (byGap != 0) {
            return byGap;
        }
        if (a.wholeNumber() && b.wholeNumber()) {
            int byNumber = compareWholeNumbers(a.id(), b.id());
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.id().compareTo(b.id());
    };

    private static List<CustomerResult> inPriorityOrder(List<CustomerResult> results) {
        Ranked[] ranked = results.parallelStream().map(Ranked::of).toArray(Ranked[]::new);
        Arrays.parallelSort(ranked, RANKED_PRIORITY);
        return Arrays.stream(ranked).map(Ranked::result).toList();
    }

    /** The Camel step: gathers every at-risk customer's results and aggregates them. */
    public Analysis apply(Analysis analysis) {
        CustomerResult[] results = PerCustomer.map(analysis.customerCount(),
                c -> analysis.exposure()[c] != null ? result(analysis, c) : null, CustomerResult[]::new);
        List<CustomerResult> atRisk = new ArrayList<>();
        for (CustomerResult result : results) {
            if (result != null) {
                atRisk.add(result);
            }
        }
        return analysis.withPortfolio(aggregate(atRisk));
    }

    private CustomerResult result(Analysis analysis, int c) {
        Dataset data = analysis.data();
        String customerId = data.sales().customerId(c);
        String storeId = data.sales().storeId(analysis.series(c).lastStore());
        return new CustomerResult(customerId, storeId, analysis.revenue()[c], analysis.structural()[c],
                analysis.attribution()[c], analysis.exposure()[c], segments(data, c, customerId));
    }

    /** Each configured segment column: the customers file's value, else the customer's last sales row's. */
    private Map<String, String> segments(Dataset data, int c, String customerId) {
        CustomerDirectory customers = data.customers();
        int row = customers.row(customerId);
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : rules.segmentColumns()) {
            String[] fromCustomers = customers.segments().get(column);
            String[] fromSales = data.sales().segmentsOfLastRow().get(column);
            if (fromCustomers == null && fromSales == null) {
                continue;
            }
            String value = fromCustomers != null && row >= 0 ? fromCustomers[row] : null;
            if (value == null && fromSales != null) {
                value = fromSales[c];
            }
            values.put(column, value == null ? BLANK : value);
        }
        return values;
    }

    private static Map<String, Map<String, Double>> largestFirst(Map<String, Cents.ByKey> bySegment) {
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        bySegment.forEach((column, sums) -> result.put(column, sums.largestFirst()));
        return result;
    }

    private static boolean isWholeNumber(String text) {
        if (text.isEmpty() || text.length() > 30) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
