package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.FollowUp;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.report.Formats.two;

/** Did it work (issue 12): summary.json's {@code follow_up} and the report section. */
public final class FollowUpSection {

    static final String HEADING = "Follow-up of the previous run's priorities";

    private FollowUpSection() {}

    /**
     * Always the same keys: with nothing to follow up, {@code nothing_to_follow_up} is true,
     * {@code status} says why, and the counts are null.
     */
    public static Map<String, Object> json(Analysis analysis) {
        FollowUp f = analysis.insights().followUp();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", f.status().code());
        json.put("nothing_to_follow_up", !f.followedUp());
        json.put("previous_run_id", f.previousRunId());
        json.put("previous_as_of_week", f.previousAsOfWeek() == null ? null : f.previousAsOfWeek().toString());
        json.putAll(outcome(f.overall()));
        Map<String, Object> byOwner = new LinkedHashMap<>();
        f.byOwner().forEach((owner, outcome) -> byOwner.put(owner, outcome(outcome)));
        json.put("by_owner", byOwner);
        json.put("customers", f.customers().stream().map(FollowUpSection::customer).toList());
        return json;
    }

    private static Map<String, Object> outcome(FollowUp.Outcome o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("priorities", o == null ? null : o.priorities());
        json.put("recovered", o == null ? null : o.recovered());
        json.put("improved", o == null ? null : o.improved());
        json.put("unchanged", o == null ? null : o.unchanged());
        json.put("worse", o == null ? null : o.worse());
        json.put("not_in_data", o == null ? null : o.notInData());
        json.put("previous_gap", o == null ? null : two(o.previousGap()));
        json.put("current_gap", o == null ? null : two(o.currentGap()));
        json.put("gap_recovered", o == null ? null : two(o.gapRecovered()));
        return json;
    }

    private static Map<String, Object> customer(FollowUp.Customer c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", c.rank());
        json.put("customer_id", c.customerId());
        json.put("owner", c.owner());
        json.put("root_cause_before", c.rootCauseBefore());
        json.put("gap_before", two(c.gapBefore()));
        json.put("rei_before", two(c.reiBefore()));
        json.put("in_data", c.inData());
        json.put("at_risk_now", c.atRiskNow());
        json.put("gap_now", c.inData() ? two(c.gapNow()) : null);
        json.put("rei_now", c.inData() ? two(c.reiNow()) : null);
        json.put("root_cause_now", c.rootCauseNow() == null ? null : c.rootCauseNow().label());
        json.put("outcome", c.outcome());
        return json;
    }

    public static Section section(Analysis analysis, Money money) {
        FollowUp f = analysis.insights().followUp();
        if (!f.followedUp()) {
            return new Section(HEADING, List.of(new Paragraph("Nothing to follow up: " + reason(f) + ".")));
        }
        FollowUp.Outcome all = f.overall();
        List<Block> blocks = new ArrayList<>();
        if (all.priorities() == 0) {
            blocks.add(new Paragraph("The previous run (week of " + f.previousAsOfWeek() + ") listed no priorities."));
            return new Section(HEADING, blocks);
        }
        blocks.add(new Paragraph("Of the " + all.priorities() + " priorities of the previous run (week of "
                + f.previousAsOfWeek() + "), " + all.recovered() + " recovered (no longer at risk), " + all.improved()
                + " improved, " + all.unchanged() + " are unchanged and " + all.worse() + " got worse"
                + (all.notInData() == 0 ? "" : "; " + all.notInData() + " are no longer in the data") + ". Their weekly gap"
                + " went from " + money.format(all.previousGap()) + " to " + money.format(all.currentGap()) + ": "
                + (Formats.two(all.gapRecovered()).signum() >= 0 ? money.format(all.gapRecovered()) + " recovered."
                : money.format(-all.gapRecovered()) + " more lost.")));
        List<List<String>> owners = new ArrayList<>();
        f.byOwner().forEach((owner, o) -> owners.add(row(owner, o, money)));
        owners.add(row("All owners", all, money));
        blocks.add(new Table(List.of("Owner", "Priorities", "Recovered", "Improved", "Unchanged", "Worse", "Not in data",
                "Gap then", "Gap now", "Gap recovered"), owners, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)));
        List<List<String>> customers = new ArrayList<>();
        for (FollowUp.Customer c : f.customers()) {
            customers.add(List.of(Integer.toString(c.rank()), c.customerId(), c.owner(), money.format(c.gapBefore()),
                    c.inData() ? money.format(c.gapNow()) : "-", outcome(c.outcome()),
                    c.rootCauseNow() == null ? (c.inData() ? "not at risk" : "-") : Labels.rootCause(c.rootCauseNow())));
        }
        blocks.add(new Table(List.of("#", "Customer", "Owner", "Gap then", "Gap now", "Outcome", "Root cause now"),
                customers, List.of(0, 3, 4)));
        return new Section(HEADING, blocks);
    }

    private static List<String> row(String owner, FollowUp.Outcome o, Money money) {
        return List.of(owner, Integer.toString(o.priorities()), Integer.toString(o.recovered()),
                Integer.toString(o.improved()), Integer.toString(o.unchanged()), Integer.toString(o.worse()),
                Integer.toString(o.notInData()), money.format(o.previousGap()), money.format(o.currentGap()),
                money.signed(o.gapRecovered()));
    }

    private static String reason(FollowUp f) {
        return switch (f.status()) {
            case NO_PREVIOUS_RUN -> "the run ledger has no earlier run";
            case SAME_AS_OF_WEEK -> "the previous run (" + f.previousRunId() + ") covered this same week "
                    + f.previousAsOfWeek() + ", so no time has passed for its priorities";
            case PREVIOUS_RUN_LATER -> "the previous run (" + f.previousRunId() + ") covered a later week, "
                    + f.previousAsOfWeek();
            case FOLLOWED_UP -> "";
        };
    }

    private static String outcome(String code) {
        return switch (code) {
            case "recovered" -> "Recovered";
            case "improved" -> "Improved";
            case "unchanged" -> "Unchanged";
            case "worse" -> "Worse";
            default -> "No longer in the data";
        };
    }
}
