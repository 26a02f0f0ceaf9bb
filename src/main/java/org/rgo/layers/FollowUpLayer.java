package org.rgo.layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Did it work (issue 12): the previous run's priorities against where those customers stand now ({@link FollowUp}). */
public final class FollowUpLayer {

    /** A run as the ledger keeps it for the follow-up: its id, as-of week and top-N priorities in rank order. */
    public record PreviousRun(String runId, LocalDate asOfWeek, List<PreviousPriority> priorities) {}

    /** One priority of a previous run, as it reported it (SPEC §7's top_priority). */
    public record PreviousPriority(int rank, String customerId, String rootCause, String owner, double gapAmount,
                                   double exposureIndex) {}

    private FollowUpLayer() {}

    /** No previous run: a first run has nothing to follow up. */
    public static FollowUp firstRun() {
        return FollowUp.nothing(FollowUp.Status.NO_PREVIOUS_RUN, null, null);
    }

    /**
     * The follow-up of {@code previous} by a run on {@code asOfWeek}; only a later week follows up.
     * {@code lookup} is asked once, for all the priorities' customers.
     */
    public static FollowUp evaluate(LocalDate asOfWeek, PreviousRun previous, CustomerLookup lookup) {
        if (previous.asOfWeek().equals(asOfWeek)) {
            return FollowUp.nothing(FollowUp.Status.SAME_AS_OF_WEEK, previous.runId(), previous.asOfWeek());
        }
        if (previous.asOfWeek().isAfter(asOfWeek)) {
            return FollowUp.nothing(FollowUp.Status.PREVIOUS_RUN_LATER, previous.runId(), previous.asOfWeek());
        }
        Map<String, CustomerLookup.Current> now = lookup.find(
                previous.priorities().stream().map(PreviousPriority::customerId).toList());
        List<FollowUp.Customer> customers = new ArrayList<>();
        for (PreviousPriority p : previous.priorities()) {
            customers.add(customer(p, now.get(p.customerId())));
        }
        Map<String, FollowUp.Outcome> byOwner = new TreeMap<>();
        customers.stream().map(FollowUp.Customer::owner).distinct().forEach(owner -> byOwner.put(owner,
                outcome(customers.stream().filter(c -> c.owner().equals(owner)).toList())));
        return new FollowUp(FollowUp.Status.FOLLOWED_UP, previous.runId(), previous.asOfWeek(), outcome(customers),
                byOwner, List.copyOf(customers));
    }

    private static FollowUp.Customer customer(PreviousPriority p, CustomerLookup.Current now) {
        if (now == null) {
            return new FollowUp.Customer(p.rank(), p.customerId(), p.owner(), p.rootCause(), p.gapAmount(),
                    p.exposureIndex(), false, false, 0.0, 0.0, null, "not_in_data");
        }
        long before = Cents.of(p.gapAmount());
        long gap = Cents.of(now.gapAmount());
        String outcome = !now.atRisk() ? "recovered" : gap < before ? "improved" : gap == before ? "unchanged" : "worse";
        return new FollowUp.Customer(p.rank(), p.customerId(), p.owner(), p.rootCause(), p.gapAmount(),
                p.exposureIndex(), true, now.atRisk(), now.gapAmount(), now.exposureIndex(), now.rootCause(), outcome);
    }

    private static FollowUp.Outcome outcome(List<FollowUp.Customer> customers) {
        Function<String, Integer> count = outcome -> (int) customers.stream()
                .filter(c -> c.outcome().equals(outcome)).count();
        long before = customers.stream().filter(FollowUp.Customer::inData).mapToLong(c -> Cents.of(c.gapBefore())).sum();
        long now = customers.stream().filter(FollowUp.Customer::inData).mapToLong(c -> Cents.of(c.gapNow())).sum();
        return new FollowUp.Outcome(customers.size(), count.apply("recovered"), count.apply("improved"),
                count.apply("unchanged"), count.apply("worse"), count.apply("not_in_data"), Cents.toAmount(before),
                Cents.toAmount(now), Cents.toAmount(before - now));
    }
}
