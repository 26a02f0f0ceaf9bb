package org.rgo.layers;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The drivers of the REI change (issue 12) summed so far, in whole cents: per root cause, tier
 * and store the REI this week minus the REI in the prior week, the customers who entered, left or
 * stayed in the at-risk set, and the largest movers. Two merge by adding (and keeping the largest
 * movers of both), so any order or grouping of chunks gives the same totals.
 */
public final class DriverTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many customers the drivers list as the largest movers. */
    static final int MOVERS = 10;

    /**
     * Largest absolute REI change first; ties by customer id (SPEC §7's id order), a total order
     * because ids are unique in a run.
     */
    static final Comparator<Move> MOVER_ORDER = Comparator.<Move>comparingLong(m -> -Math.abs(m.changeCents()))
            .thenComparing(Move::customerId, Priority.CUSTOMER_ID_ORDER);

    /** One customer's REI in each week in cents; causes are null where it was not at risk. */
    record Move(String customerId, String storeId, long beforeCents, long nowCents, RootCause causeBefore,
                RootCause causeNow) implements Serializable {

        long changeCents() {
            return nowCents - beforeCents;
        }
    }

    private final LocalDate priorWeek;
    private final Cents.ByKey byRootCause = new Cents.ByKey();
    private final Cents.ByKey byTier = new Cents.ByKey();
    private final Cents.ByKey byStore = new Cents.ByKey();
    private final long[] customers = new long[3];
    private final long[] beforeCents = new long[3];
    private final long[] nowCents = new long[3];
    private final List<Move> movers = new ArrayList<>();

    private static final int ENTERED = 0;
    private static final int LEFT = 1;
    private static final int CONTINUING = 2;

    /** {@code priorWeek}: the prior as-of week, null when the data has only one week (no drivers then). */
    DriverTotals(LocalDate priorWeek) {
        this.priorWeek = priorWeek;
    }

    static DriverTotals of(Model model) {
        return new DriverTotals(model.weeks().length > 1 ? model.weeks()[model.asOfWeek() - 1] : null);
    }

    boolean hasPriorWeek() {
        return priorWeek != null;
    }

    /**
     * A customer at risk in the prior week ({@code causeBefore} non-null), this week ({@code causeNow}
     * non-null) or both, with the tier and store it had in each week it was at risk.
     */
    void add(String customerId, RootCause causeBefore, String tierBefore, String storeBefore, double reiBefore,
             RootCause causeNow, String tierNow, String storeNow, double reiNow) {
        long before = causeBefore == null ? 0 : Cents.of(reiBefore);
        long now = causeNow == null ? 0 : Cents.of(reiNow);
        if (causeBefore != null) {
            byRootCause.add(causeBefore.label(), -before);
            byTier.add(tierBefore, -before);
            byStore.add(storeBefore, -before);
        }
        if (causeNow != null) {
            byRootCause.add(causeNow.label(), now);
            byTier.add(tierNow, now);
            byStore.add(storeNow, now);
        }
        int group = causeBefore == null ? ENTERED : causeNow == null ? LEFT : CONTINUING;
        customers[group]++;
        beforeCents[group] += before;
        nowCents[group] += now;
        if (now != before) {
            offer(new Move(customerId, causeNow != null ? storeNow : storeBefore, before, now, causeBefore, causeNow));
        }
    }

    private void offer(Move move) {
        int at = movers.size();
        while (at > 0 && MOVER_ORDER.compare(move, movers.get(at - 1)) < 0) {
            at--;
        }
        if (at < MOVERS) {
            movers.add(at, move);
            if (movers.size() > MOVERS) {
                movers.remove(MOVERS);
            }
        }
    }

    void merge(DriverTotals other) {
        byRootCause.merge(other.byRootCause);
        byTier.merge(other.byTier);
        byStore.merge(other.byStore);
        for (int g = 0; g < customers.length; g++) {
            customers[g] += other.customers[g];
            beforeCents[g] += other.beforeCents[g];
            nowCents[g] += other.nowCents[g];
        }
        other.movers.forEach(this::offer);
    }

    /** The drivers these totals describe; null when there is no prior week to compare with. */
    public Drivers drivers() {
        if (priorWeek == null) {
            return null;
        }
        long before = beforeCents[LEFT] + beforeCents[CONTINUING];
        long now = nowCents[ENTERED] + nowCents[CONTINUING];
        return new Drivers(priorWeek, Cents.toAmount(before), Cents.toAmount(now), Cents.toAmount(now - before),
                byRootCause.largestChangeFirst(), byTier.largestChangeFirst(), byStore.largestChangeFirst(),
                group(ENTERED), group(LEFT), group(CONTINUING),
                movers.stream().map(m -> new Drivers.Mover(m.customerId(), m.storeId(), Cents.toAmount(m.beforeCents()),
                        Cents.toAmount(m.nowCents()), Cents.toAmount(m.changeCents()), m.causeBefore(), m.causeNow()))
                        .toList());
    }

    private Drivers.Group group(int g) {
        return new Drivers.Group(customers[g], Cents.toAmount(beforeCents[g]), Cents.toAmount(nowCents[g]));
    }
}
