package org.rgo.layers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The N first customers in {@link Priority} order seen so far; merging two keeps the N first of both. */
final class TopN implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final List<CustomerResult> best = new ArrayList<>();

    TopN(int limit) {
        this.limit = limit;
    }

    /** Whether a customer with these keys would enter the list; cheap, so a result is built only for those. */
    boolean admits(long reiCents, long gapCents, String customerId) {
        if (best.size() < limit) {
            return true;
        }
        CustomerResult last = best.get(best.size() - 1);
        return Priority.compare(reiCents, gapCents, customerId, Cents.of(last.exposure().exposureIndex()),
                Cents.of(last.revenue().gapAmount()), last.customerId()) < 0;
    }

    void add(CustomerResult result) {
        int at = best.size();
        while (at > 0 && Priority.ORDER.compare(result, best.get(at - 1)) < 0) {
            at--;
        }
        if (at < limit) {
            best.add(at, result);
            if (best.size() > limit) {
                best.remove(limit);
            }
        }
    }

    void merge(TopN other) {
        other.best.forEach(this::add);
    }

    int limit() {
        return limit;
    }

    List<CustomerResult> inOrder() {
        return List.copyOf(best);
    }
}
