package org.rgo.layers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A batch of customers on its way through the per-customer layers (SPEC §3–6): each customer's
 * series at every cut (cut k is the series as it was k as-of weeks ago, SPEC §6 recurrence and §8
 * trend), and each layer's results, filled in one layer at a time. The series of all its customers
 * share three primitive arrays. The portfolio and trend layers then add the chunk to its
 * {@link Totals}, which merge with other chunks' in any order.
 */
public final class Chunk {

    private final Model model;
    private final int cuts;
    private final int size;
    private final int[] customers;
    private final String[] ids;
    private final String[][] segments;
    private final CustomerSeries[] series;
    private final Revenue[] revenue;
    private final StructuralRisk[] structural;
    private final Attribution[] attribution;
    private final Exposure[] exposure;
    private Totals totals;

    private Chunk(Builder b) {
        this.model = b.model;
        this.cuts = b.cuts;
        this.size = b.size;
        this.customers = Arrays.copyOf(b.customers, size);
        this.ids = Arrays.copyOf(b.ids, size);
        this.segments = new String[b.segments.length][];
        for (int s = 0; s < segments.length; s++) {
            segments[s] = Arrays.copyOf(b.segments[s], size);
        }
        this.series = b.cutSeries();
        this.revenue = new Revenue[size * cuts];
        this.structural = new StructuralRisk[size * cuts];
        this.attribution = new Attribution[size * cuts];
        this.exposure = new Exposure[size * cuts];
    }

    public Model model() {
        return model;
    }

    public int size() {
        return size;
    }

    /** How many cuts each customer is evaluated at; cut 0 is the as-of week itself. */
    public int cuts() {
        return cuts;
    }

    /** Cuts the root cause layer attributes: this week, and the prior week for what moved. */
    public int attributedCuts() {
        return Math.min(cuts, 2);
    }

    /** The customer's index in the run's customer table, or -1 when it came from elsewhere (a cluster). */
    public int customer(int i) {
        return customers[i];
    }

    public String customerId(int i) {
        return ids[i];
    }

    /** The series at cut {@code k}, or null when the customer had no week yet then (or k is not evaluated). */
    public CustomerSeries series(int i, int k) {
        return k < cuts ? series[i * cuts + k] : null;
    }

    public Revenue revenue(int i, int k) {
        return revenue[i * cuts + k];
    }

    public StructuralRisk structural(int i, int k) {
        return structural[i * cuts + k];
    }

    public Attribution attribution(int i, int k) {
        return attribution[i * cuts + k];
    }

    public Exposure exposure(int i, int k) {
        return exposure[i * cuts + k];
    }

    void setRevenue(int i, int k, Revenue value) {
        revenue[i * cuts + k] = value;
    }

    void setStructural(int i, int k, StructuralRisk value) {
        structural[i * cuts + k] = value;
    }

    void setAttribution(int i, int k, Attribution value) {
        attribution[i * cuts + k] = value;
    }

    void setExposure(int i, int k, Exposure value) {
        exposure[i * cuts + k] = value;
    }

    /**
     * SPEC §6: a customer is at risk at a cut, and so in every output, when it has a gap or at
     * least one trailing zero-spend week. The one place this rule is written.
     */
    public boolean atRisk(int i, int k) {
        Revenue r = revenue[i * cuts + k];
        return r != null && (r.gapAmount() > 0.0
                || structural[i * cuts + k].consecutiveZeroSpendWeeks() >= model.settings().exposure().mediumZeroWeeks());
    }

    /** The store id of the customer's last row at cut 0 (SPEC §10). */
    public String storeId(int i) {
        return model.storeIds()[series(i, 0).lastStore()];
    }

    /** The value of segment column {@code s} (in the order of {@link Model#segmentColumns()}). */
    public String segment(int i, int s) {
        return segments[s][i];
    }

    /** Every layer's result for an at-risk customer at cut 0: one row of customers.csv. */
    public CustomerResult result(int i) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int s = 0; s < segments.length; s++) {
            values.put(model.segmentColumns().get(s), segments[s][i]);
        }
        return new CustomerResult(ids[i], storeId(i), revenue(i, 0), structural(i, 0), attribution(i, 0),
                exposure(i, 0), values);
    }

    /** What the portfolio and trend layers accumulated from this chunk. */
    public Totals totals() {
        if (totals == null) {
            totals = Totals.empty(model);
        }
        return totals;
    }

    /**
     * Builds a chunk from customers' rows, in order of week (SPEC §2): a customer's series runs
     * from its first row to the as-of week; with fill-missing-weeks a week without a row is spend
     * 0 at the previous row's store, else it is left out. The one place that rule is written, for
     * rows from the sales table and rows grouped on a cluster alike.
     */
    public static final class Builder {
        private final Model model;
        private final int cuts;
        private final boolean fillMissingWeeks;
        private int size;
        private int[] customers;
        private String[] ids;
        private String[][] segments;
        private boolean[] loyal;
        private int[] highValueSince;
        private int[] start;
        private double[] spend;
        private int[] store;
        private int[] week;
        private int length;
        private int lastWeek;
        private int lastStore;

        public Builder(Model model, int cuts, int expectedCustomers) {
            this.model = model;
            this.cuts = cuts;
            this.fillMissingWeeks = model.settings().fillMissingWeeks();
            int capacity = Math.max(1, expectedCustomers);
            customers = new int[capacity];
            ids = new String[capacity];
            segments = new String[model.segmentColumns().size()][capacity];
            loyal = new boolean[capacity];
            highValueSince = new int[capacity];
            start = new int[capacity + 1];
            int cells = Math.max(16, capacity * model.weeks().length);
            spend = new double[cells];
            store = new int[cells];
            week = new int[cells];
        }

        /** Starts the next customer; its rows follow, oldest week first. */
        public void beginCustomer(int customer, String id, boolean loyalMember) {
            endCustomer();
            if (size == customers.length) {
                grow();
            }
            customers[size] = customer;
            ids[size] = id;
            loyal[size] = loyalMember;
            highValueSince[size] = CustomerSeries.NEVER;
            start[size] = length;
            size++;
            lastWeek = -1;
        }

        public void segment(int column, String value) {
            segments[column][size - 1] = value;
        }

        /** One row of the current customer, at week index {@code w}, after every earlier row of it. */
        public void row(int w, double amount, int storeIndex, boolean highValue) {
            if (fillMissingWeeks && lastWeek >= 0) {
                for (int gap = lastWeek + 1; gap < w; gap++) {
                    append(gap, 0.0, lastStore);
                }
            }
            append(w, amount, storeIndex);
            if (highValue && highValueSince[size - 1] == CustomerSeries.NEVER) {
                highValueSince[size - 1] = w;
            }
            lastWeek = w;
            lastStore = storeIndex;
        }

        public Chunk build() {
            endCustomer();
            start[size] = length;
            return new Chunk(this);
        }

        private void endCustomer() {
            if (size > 0 && fillMissingWeeks && lastWeek >= 0) {
                for (int w = lastWeek + 1; w <= model.asOfWeek(); w++) {
                    append(w, 0.0, lastStore);
                }
                lastWeek = model.asOfWeek();
            }
        }

        private void append(int w, double amount, int storeIndex) {
            if (length == spend.length) {
                int grown = spend.length * 2;
                spend = Arrays.copyOf(spend, grown);
                store = Arrays.copyOf(store, grown);
                week = Arrays.copyOf(week, grown);
            }
            spend[length] = amount;
            store[length] = storeIndex;
            week[length] = w;
            length++;
        }

        private void grow() {
            int grown = customers.length * 2;
            customers = Arrays.copyOf(customers, grown);
            ids = Arrays.copyOf(ids, grown);
            for (int s = 0; s < segments.length; s++) {
                segments[s] = Arrays.copyOf(segments[s], grown);
            }
            loyal = Arrays.copyOf(loyal, grown);
            highValueSince = Arrays.copyOf(highValueSince, grown);
            start = Arrays.copyOf(start, grown + 1);
        }

        /** Each customer's series at each cut, sharing the arrays; null where a cut is empty. */
        private CustomerSeries[] cutSeries() {
            CustomerSeries[] cut = new CustomerSeries[size * cuts];
            for (int i = 0; i < size; i++) {
                CustomerSeries whole = new CustomerSeries(spend, store, week, start[i], start[i + 1],
                        highValueSince[i], loyal[i]);
                for (int k = 0; k < cuts; k++) {
                    CustomerSeries atCut = whole.upTo(model.asOfWeek() - k);
                    if (atCut.isEmpty()) {
                        break;
                    }
                    cut[i * cuts + k] = atCut;
                    whole = atCut;
                }
            }
            return cut;
        }
    }
}
