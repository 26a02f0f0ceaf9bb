package org.rgo.layers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Did it work (issue 12): the previous run's top-N priorities, each looked up in this run's data
 * and evaluated by the same kernel. Outcomes, judged on the gap (SPEC §3) to the cent:
 * <ul>
 *   <li>{@code recovered}: no longer at risk (SPEC §6);</li>
 *   <li>{@code improved}: still at risk, gap lower than the previous run reported;</li>
 *   <li>{@code unchanged}: still at risk, gap equal to the cent;</li>
 *   <li>{@code worse}: still at risk, gap higher;</li>
 *   <li>{@code notInData}: the customer has no sales row in this run's data, so nothing can be said;
 *       counted apart, in none of the four above and not in the money.</li>
 * </ul>
 * {@code gapRecovered} = the previous gap minus today's gap over the customers found (0 today when
 * no longer at risk): net, so it is negative when they got worse overall. Only a run on a later
 * as-of week than the previous run follows up; otherwise {@link Status} says why not and the
 * outcome is null.
 */
public record FollowUp(Status status, String previousRunId, LocalDate previousAsOfWeek, Outcome overall,
                       Map<String, Outcome> byOwner, List<Customer> customers) {

    public enum Status {
        FOLLOWED_UP("followed_up"),
        NO_PREVIOUS_RUN("no_previous_run"),
        SAME_AS_OF_WEEK("same_as_of_week"),
        PREVIOUS_RUN_LATER("previous_run_later");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Counts of a group of followed-up priorities and their gap then and now. */
    public record Outcome(int priorities, int recovered, int improved, int unchanged, int worse, int notInData,
                          double previousGap, double currentGap, double gapRecovered) {}

    /**
     * One previous priority: what the previous run reported, and where it stands now ({@code
     * inData} false: not in this run's data; {@code rootCauseNow} null when not at risk now).
     */
    public record Customer(int rank, String customerId, String owner, String rootCauseBefore, double gapBefore,
                           double reiBefore, boolean inData, boolean atRiskNow, double gapNow, double reiNow,
                           RootCause rootCauseNow, String outcome) {}

    public static FollowUp nothing(Status status, String previousRunId, LocalDate previousAsOfWeek) {
        return new FollowUp(status, previousRunId, previousAsOfWeek, null, Map.of(), List.of());
    }

    public boolean followedUp() {
        return status == Status.FOLLOWED_UP;
    }
}
