package org.rgo.layers;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The sort keys of the at-risk customers seen so far (REI and gap in cents, and where each
 * customer is in the run's customer table), so that customers.csv can list them in
 * {@link Priority} order at the end without keeping every customer's results. Merging appends.
 */
public final class CustomerRanking implements Serializable {

    private static final long serialVersionUID = 1L;

    private long[] rei = new long[16];
    private long[] gap = new long[16];
    private int[] customer = new int[16];
    private int size;

    void add(long reiCents, long gapCents, int customerIndex) {
        if (size == customer.length) {
            int grown = size * 2;
            rei = Arrays.copyOf(rei, grown);
            gap = Arrays.copyOf(gap, grown);
            customer = Arrays.copyOf(customer, grown);
        }
        rei[size] = reiCents;
        gap[size] = gapCents;
        customer[size] = customerIndex;
        size++;
    }

    void merge(CustomerRanking other) {
        for (int i = 0; i < other.size; i++) {
            add(other.rei[i], other.gap[i], other.customer[i]);
        }
    }

    public int size() {
        return size;
    }

    private record Ranked(long rei, long gap, String id, int customer) {}

    /** The customers' table indexes in priority order; {@code customerId} names each for ties. */
    public int[] inPriorityOrder(IntFunction<String> customerId) {
        Ranked[] ranked = new Ranked[size];
        Arrays.parallelSetAll(ranked, i -> new Ranked(rei[i], gap[i], customerId.apply(customer[i]), customer[i]));
        Arrays.parallelSort(ranked, (a, b) -> Priority.compare(a.rei(), a.gap(), a.id(), b.rei(), b.gap(), b.id()));
        return Arrays.stream(ranked).mapToInt(Ranked::customer).toArray();
    }
}
