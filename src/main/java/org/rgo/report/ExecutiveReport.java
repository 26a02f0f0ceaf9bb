package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.CustomerResult;
import org.rgo.layers.Executive;
import org.rgo.layers.Portfolio;
import org.rgo.layers.RootCause;
import org.rgo.layers.Trend;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.rgo.report.Formats.money;

/** The executive report's content (SPEC §10): section 9 first, then overview, trend, exposure, actions. */
public final class ExecutiveReport {

    private ExecutiveReport() {}

    public static ReportDocument of(Analysis analysis) {
        Portfolio p = analysis.portfolio();
        Executive e = analysis.executive();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Executive summary", executive(e, p)));
        sections.add(new Section("Overview", List.of(overview(p))));
        sections.add(new Section("Trend", trend(analysis.trend())));
        sections.add(new Section("Exposure by tier", List.of(breakdown("Tier", p.exposureByTier(), p.gapByTier()))));
        sections.add(new Section("Exposure by root cause",
                List.of(breakdown("Root cause", p.exposureByRootCause(), p.gapByRootCause()))));
        sections.add(new Section("Exposure by store", List.of(breakdown("Store", p.exposureByStore(), p.gapByStore()))));
        p.exposureBySegment().forEach((column, rei) -> sections.add(new Section("Exposure by " + column,
                List.of(breakdown(column, rei, p.gapBySegment().get(column))))));
        sections.add(new Section("Top " + p.topN() + " priority interventions", List.of(interventions(p.topPriority()))));
        sections.add(new Section("Next steps", List.of(nextSteps(p))));
        sections.add(new Section("Data quality", dataQuality(e)));
        return new ReportDocument("Revenue exposure report, week of " + e.asOfWeek(), sections);
    }

    private static List<Block> executive(Executive e, Portfolio p) {
        List<Block> blocks = new ArrayList<>();
        if (e.executiveTriggers().isEmpty()) {
            blocks.add(new Paragraph("No executive trigger fired."));
        } else {
            e.executiveTriggers().forEach(trigger -> blocks.add(new Paragraph("TRIGGER: " + trigger, true)));
        }
        blocks.add(new Paragraph("Verdict: " + e.verdict() + " exposure. Total REI " + money(p.totalRei())
                + " across " + p.customerCountWithGaps() + " customers at risk.", true));
        List<List<String>> rows = e.targets().stream().map(t -> List.of(t.name(),
                t.name().startsWith("Customers") ? Long.toString((long) t.actual()) : money(t.actual()),
                t.name().startsWith("Customers") ? Long.toString((long) t.target()) : money(t.target()),
                t.status())).toList();
        blocks.add(new Table(List.of("Target", "Actual", "Target", "Status"), rows, List.of(1, 2)));
        blocks.add(new Paragraph("Data as of week " + e.asOfWeek() + ", loaded " + e.dataSnapshotUtc() + " (UTC)."));
        return blocks;
    }

    private static Block overview(Portfolio p) {
        return new Table(List.of("Measure", "Value"), List.of(
                List.of("Total revenue gap", money(p.totalGap())),
                List.of("Total Revenue Exposure Index", money(p.totalRei())),
                List.of("Customers at risk", Integer.toString(p.customerCountWithGaps())),
                List.of("Recovery upside of the top " + p.topN(), money(p.recoveryUpsideTopN())),
                List.of("Share of REI in the top " + p.topN(), Formats.two(p.concentrationTopNPercent()) + " %")),
                List.of(1));
    }

    private static List<Block> trend(Trend t) {
        List<Block> blocks = new ArrayList<>();
        String delta = t.exposureDeltaPercent() == null ? "no comparable prior week"
                : Formats.two(t.exposureDeltaPercent()) + " % against the prior week";
        blocks.add(new Paragraph("Trend: " + t.label() + " (" + delta + ")."));
        blocks.add(new Table(List.of("As-of week", "Total gap", "Total REI", "Customers at risk"),
                t.timeline().stream().map(point -> List.of(point.asOfWeek().toString(), money(point.totalGap()),
                        money(point.totalRei()), Integer.toString(point.customerCount()))).toList(),
                List.of(1, 2, 3)));
        return blocks;
    }

    private static Block breakdown(String label, Map<String, Double> rei, Map<String, Double> gap) {
        List<List<String>> rows = new ArrayList<>();
        rei.forEach((key, value) -> rows.add(List.of(key, money(value), money(gap.getOrDefault(key, 0.0)))));
        return new Table(List.of(label, "REI", "Gap"), rows, List.of(1, 2));
    }

    private static Block interventions(List<CustomerResult> top) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (CustomerResult r : top) {
            rows.add(List.of(Integer.toString(rank++), r.customerId(), r.storeId(), r.revenue().tier().label(),
                    money(r.revenue().gapAmount()), money(r.exposure().exposureIndex()),
                    r.attribution().rootCause().label(), r.attribution().rootCause().owner(),
                    r.attribution().rootCause().recommendedAction()));
        }
        return new Table(List.of("#", "Customer", "Store", "Tier", "Gap", "REI", "Root cause", "Owner", "Action"),
                rows, List.of(0, 4, 5));
    }

    private static Block nextSteps(Portfolio p) {
        List<String> steps = new ArrayList<>();
        for (RootCause cause : RootCause.values()) {
            Double rei = p.exposureByRootCause().get(cause.label());
            if (rei != null && rei > 0) {
                long customers = p.atRisk().stream().filter(r -> r.attribution().rootCause() == cause).count();
                steps.add(cause.owner() + ": " + cause.recommendedAction().toLowerCase() + " for " + customers
                        + " customers (" + cause.label() + ", REI " + money(rei) + ").");
            }
        }
        if (steps.isEmpty()) {
            steps.add("No exposure this week: keep monitoring.");
        }
        return new Bullets(steps);
    }

    private static List<Block> dataQuality(Executive e) {
        if (e.validationWarnings().isEmpty()) {
            return List.of(new Paragraph("No validation warnings."));
        }
        return List.of(new Paragraph(e.validationWarnings().size() + " validation warnings:"),
                new Bullets(e.validationWarnings()));
    }
}
