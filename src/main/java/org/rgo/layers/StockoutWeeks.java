package org.rgo.layers;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A customer's gap weeks that are stockout store-weeks (SPEC §5), as the root cause layer found
 * them: each a (store, week) pair on the model's indexes, the week's own store (a filled week's
 * is the previous row's), oldest week first. What stockout_overlap_weeks counts, and what the
 * action lists and the restock list read, so that no one else recomputes gap weeks.
 */
public final class StockoutWeeks implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final StockoutWeeks NONE = new StockoutWeeks(new int[0]);

    /** store, week, store, week, ... */
    private final int[] pairs;

    private StockoutWeeks(int[] pairs) {
        this.pairs = pairs;
    }

    /** {@code pairs}: store, week, store, week, ... (kept, not copied). */
    static StockoutWeeks of(int[] pairs) {
        return pairs.length == 0 ? NONE : new StockoutWeeks(pairs);
    }

    public int count() {
        return pairs.length / 2;
    }

    public int store(int j) {
        return pairs[2 * j];
    }

    public int week(int j) {
        return pairs[2 * j + 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StockoutWeeks weeks && Arrays.equals(pairs, weeks.pairs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pairs);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("StockoutWeeks[");
        for (int j = 0; j < count(); j++) {
            text.append(j == 0 ? "" : ", ").append("store ").append(store(j)).append(" week ").append(week(j));
        }
        return text.append(']').toString();
    }
}
