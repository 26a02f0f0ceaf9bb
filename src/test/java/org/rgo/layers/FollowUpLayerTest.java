package org.rgo.layers;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Did it work (issue 12): the previous run's priorities against where they stand now. */
class FollowUpLayerTest {

    private static final LocalDate PREVIOUS = LocalDate.of(2025, 11, 15);
    private static final LocalDate NOW = LocalDate.of(2025, 11, 22);
    private static final String OPS = RootCause.OPERATIONAL_STOCKOUT.owner();
    private static final String SUCCESS = RootCause.BEHAVIORAL_CHURN.owner();

    /** A lookup that answers from a map and remembers what it was asked, as a cluster's would. */
    private static final class Answers implements CustomerLookup {
        final Map<String, Current> now = new HashMap<>();
        final List<Collection<String>> asked = new ArrayList<>();

        Answers atRisk(String id, double gap, double rei, RootCause cause) {
            now.put(id, new Current(id, true, gap, rei, cause));
            return this;
        }

        Answers recovered(String id) {
            now.put(id, new Current(id, false, 0.0, 0.0, null));
            return this;
        }

        @Override
        public Map<String, Current> find(Collection<String> customerIds) {
            asked.add(List.copyOf(customerIds));
            Map<String, Current> found = new HashMap<>();
            customerIds.forEach(id -> {
                if (now.containsKey(id)) {
                    found.put(id, now.get(id));
                }
            });
            return found;
        }
    }

    private static FollowUpLayer.PreviousPriority priority(int rank, String id, String owner, double gap, double rei) {
        String cause = owner.equals(OPS) ? "operational_stockout" : "behavioral_churn";
        return new FollowUpLayer.PreviousPriority(rank, id, cause, owner, gap, rei);
    }

    private static final List<FollowUpLayer.PreviousPriority> PRIORITIES = List.of(
            priority(1, "a", SUCCESS, 100.00, 195.00),
            priority(2, "b", OPS, 80.00, 84.00),
            priority(3, "c", OPS, 50.00, 52.50),
            priority(4, "d", SUCCESS, 40.00, 60.00),
            priority(5, "e", OPS, 20.00, 21.00),
            priority(6, "f", SUCCESS, 10.00, 13.00));

    @Test
    void outcomesCountsAndMoneyOverallAndPerOwner() {
        Answers answers = new Answers()
                .recovered("a")                                        // 100 recovered
                .atRisk("b", 79.99, 83.99, RootCause.OPERATIONAL_STOCKOUT) // a cent lower: improved
                .atRisk("c", 50.00, 57.75, RootCause.STRUCTURAL_DECLINE)   // equal to the cent: unchanged, REI aside
                .atRisk("d", 40.01, 60.02, RootCause.BEHAVIORAL_CHURN)     // a cent higher: worse
                .atRisk("e", 5.00, 5.25, RootCause.DEMAND_SOFTNESS);       // improved
        // f is no longer in the data

        FollowUp f = FollowUpLayer.evaluate(NOW, new FollowUpLayer.PreviousRun("run-1", PREVIOUS, PRIORITIES), answers);

        assertTrue(f.followedUp());
        assertEquals("run-1", f.previousRunId());
        assertEquals(PREVIOUS, f.previousAsOfWeek());
        // gap then 100 + 80 + 50 + 40 + 20 = 290 (f not in the data is left out of the money), now 175.00
        assertEquals(new FollowUp.Outcome(6, 1, 2, 1, 1, 1, 290.0, 175.0, 115.0), f.overall());
        assertEquals(List.of(SUCCESS, OPS), List.copyOf(f.byOwner().keySet()), "owners in alphabetical order");
        assertEquals(new FollowUp.Outcome(3, 0, 2, 1, 0, 0, 150.0, 134.99, 15.01), f.byOwner().get(OPS));
        assertEquals(new FollowUp.Outcome(3, 1, 0, 0, 1, 1, 140.0, 40.01, 99.99), f.byOwner().get(SUCCESS));
        assertEquals(List.of("recovered", "improved", "unchanged", "worse", "improved", "not_in_data"),
                f.customers().stream().map(FollowUp.Customer::outcome).toList());
        FollowUp.Customer notInData = f.customers().get(5);
        assertFalse(notInData.inData());
        assertNull(notInData.rootCauseNow());
        assertEquals(RootCause.STRUCTURAL_DECLINE, f.customers().get(2).rootCauseNow());
        assertEquals(1, answers.asked.size(), "one lookup for all the priorities");
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), answers.asked.get(0));
    }

    @Test
    void gapRecoveredIsNetSoItCanBeNegative() {
        Answers answers = new Answers().atRisk("a", 130.0, 250.0, RootCause.BEHAVIORAL_CHURN);
        FollowUp f = FollowUpLayer.evaluate(NOW, new FollowUpLayer.PreviousRun("run-1", PREVIOUS,
                List.of(priority(1, "a", SUCCESS, 100.0, 195.0))), answers);
        assertEquals(-30.0, f.overall().gapRecovered());
        assertEquals(1, f.overall().worse());
    }

    @Test
    void aRunOnTheSameWeekOrAnEarlierOneHasNothingToFollowUp() {
        Answers answers = new Answers();
        FollowUp same = FollowUpLayer.evaluate(PREVIOUS, new FollowUpLayer.PreviousRun("run-1", PREVIOUS, PRIORITIES),
                answers);
        assertEquals(FollowUp.Status.SAME_AS_OF_WEEK, same.status());
        assertEquals("run-1", same.previousRunId());
        assertNull(same.overall());
        FollowUp earlier = FollowUpLayer.evaluate(PREVIOUS.minusWeeks(1),
                new FollowUpLayer.PreviousRun("run-1", PREVIOUS, PRIORITIES), answers);
        assertEquals(FollowUp.Status.PREVIOUS_RUN_LATER, earlier.status());
        assertTrue(answers.asked.isEmpty(), "nothing looked up");
        assertEquals(FollowUp.Status.NO_PREVIOUS_RUN, FollowUpLayer.firstRun().status());
        assertFalse(FollowUpLayer.firstRun().followedUp());
    }

    @Test
    void aPreviousRunWithoutPrioritiesFollowsUpNothing() {
        FollowUp f = FollowUpLayer.evaluate(NOW, new FollowUpLayer.PreviousRun("run-1", PREVIOUS, List.of()),
                new Answers());
        assertTrue(f.followedUp());
        assertEquals(new FollowUp.Outcome(0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0), f.overall());
        assertTrue(f.byOwner().isEmpty());
    }
}
