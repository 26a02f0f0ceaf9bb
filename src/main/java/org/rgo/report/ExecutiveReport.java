package org.rgo.report;

import org.rgo.gate.GateReason;
import org.rgo.gate.GateResult;
import org.rgo.ingest.Dataset.SourceFile;
import org.rgo.layers.Analysis;
import org.rgo.layers.CustomerResult;
import org.rgo.layers.Executive;
import org.rgo.layers.Portfolio;
import org.rgo.layers.RootCause;
import org.rgo.layers.Trend;
import org.rgo.layers.Trend.TimelinePoint;
import org.rgo.ledger.RunRecord;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Bullets;
import org.rgo.report.ReportDocument.Callout;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;
import org.rgo.report.ReportDocument.Tile;
import org.rgo.report.ReportDocument.Tiles;
import org.rgo.report.ReportDocument.Tone;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The executive report's content (SPEC §10), for a CEO's minute: triggers and verdict first, the
 * headline figures, the trend against what we reported last time, where the exposure sits, who
 * acts on what, and how far the data can be trusted.
 */
public final class ExecutiveReport {

    private static final int TIMELINE_WIDTH = 1040;
    private static final int TIMELINE_HEIGHT = 340;
    private static final int BAR_WIDTH = 520;
    private static final int BAR_HEIGHT = 320;
    private static final int SHA_SHOWN = 12;
    /** Readers need the minute the data was loaded; summary.json keeps the exact instant. */
    private static final DateTimeFormatter LOADED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US).withZone(ZoneOffset.UTC);

    private final Money currency;

    private ExecutiveReport(Money currency) {
        this.currency = currency;
    }

    /** In US dollars, the configured default. */
    public static ReportDocument of(Analysis analysis) {
        return of(analysis, Optional.empty());
    }

    public static ReportDocument of(Analysis analysis, Optional<RunRecord> lastReported) {
        return of(analysis, lastReported, OwnerRecipients.NONE);
    }

    /** {@code owners}: how many mail addresses each owner's action list goes to. */
    public static ReportDocument of(Analysis analysis, Optional<RunRecord> lastReported, OwnerRecipients owners) {
        return of(analysis, lastReported, owners, Money.USD);
    }

    /** Money in {@code currency} (rgo.report.currency). */
    public static ReportDocument of(Analysis analysis, Optional<RunRecord> lastReported, OwnerRecipients owners,
                                    Money currency) {
        return new ExecutiveReport(currency).document(analysis, lastReported, owners);
    }

    private ReportDocument document(Analysis analysis, Optional<RunRecord> lastReported, OwnerRecipients owners) {
        Portfolio p = analysis.portfolio();
        Executive e = analysis.executive();
        List<Section> sections = new ArrayList<>();
        if (analysis.gate().held()) {
            sections.add(new Section("HELD by the data gate", held(analysis.gate())));
        }
        sections.add(new Section("Executive summary", executive(e, p)));
        sections.add(new Section("Overview", overview(e, p, analysis.trend())));
        sections.add(PortfolioRevenueSection.section(analysis, currency));
        sections.add(new Section("Trend", trend(analysis, e, p, lastReported)));
        sections.add(DriversSection.section(analysis, currency));
        sections.add(FollowUpSection.section(analysis, currency));
        sections.add(new Section("Exposure by tier and root cause", tierAndCause(p)));
        sections.add(new Section("Exposure by store and segment", List.of(storesAndSegments(p))));
        sections.add(StoreWhatIfSection.section(analysis, currency));
        sections.add(new Section("Top " + p.topN() + " priority interventions", List.of(interventions(p.topPriority()))));
        sections.add(new Section("Next steps", List.of(nextSteps(p))));
        sections.addAll(ActionsReport.sections(analysis, owners, currency));
        sections.add(new Section("Data quality", dataQuality(e, analysis.data().sources())));
        return new ReportDocument("Revenue exposure report, week of " + e.asOfWeek(), sections);
    }

    /** First in a held report: that it was held, each reason, and what an operator can do. */
    private static List<Block> held(GateResult gate) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Callout(Tone.ALERT, "HELD: figures of this week's export lie outside their usual range (see"
                + " below), so the figures in this report may rest on a faulty export. It is mailed only after an"
                + " operator has checked the data and released it."));
        blocks.add(new Table(List.of("Check", "Figure", "Found", "Expected", "Threshold"),
                gate.reasons().stream().map(reason -> List.of(reason.check(), reason.figure(), reason.value(),
                        reason.expected(), reason.thresholdKey() + " = " + reason.threshold())).toList(), List.of()));
        blocks.add(new Bullets(gate.reasons().stream().map(GateReason::message).toList()));
        blocks.add(new Paragraph("Operators: release the run after checking the data (JMX operation releaseHeldRun"
                + " with the run id) and it is mailed as it is, or drop corrected files into the inbox for a new run."));
        return blocks;
    }

    private List<Block> executive(Executive e, Portfolio p) {
        List<Block> blocks = new ArrayList<>();
        if (e.executiveTriggers().isEmpty()) {
            blocks.add(new Callout(Tone.GOOD, "No executive trigger fired."));
        } else {
            e.executiveTriggers().forEach(trigger -> blocks.add(new Callout(Tone.ALERT, "TRIGGER: " + trigger)));
        }
        blocks.add(new Callout(verdictTone(e.verdict()), "Verdict: " + e.verdict() + " exposure. Total REI "
                + money(p.totalRei()) + " across " + p.customerCountWithGaps() + " customers at risk."));
        blocks.add(new Paragraph("Data as of week " + e.asOfWeek() + ", loaded " + LOADED.format(e.dataSnapshotUtc())
                + " UTC."));
        return blocks;
    }

    private List<Block> overview(Executive e, Portfolio p, Trend t) {
        List<Tile> tiles = new ArrayList<>();
        tiles.add(new Tile("Revenue Exposure Index", money(p.totalRei()), e.verdict() + " exposure",
                verdictTone(e.verdict())));
        tiles.add(new Tile("Revenue gap per week", money(p.totalGap()),
                t.priorRunGapTotal() == null ? "no prior week" : "prior week " + money(t.priorRunGapTotal()),
                Tone.NEUTRAL));
        Executive.Target atRiskTarget = e.targets().size() > 1 ? e.targets().get(1) : null;
        tiles.add(new Tile("Customers at risk", Integer.toString(p.customerCountWithGaps()),
                atRiskTarget == null ? "" : atRiskTarget.status() + " (" + (long) atRiskTarget.target() + ")",
                atRiskTarget == null || atRiskTarget.actual() <= atRiskTarget.target() ? Tone.GOOD : Tone.WARNING));
        tiles.add(new Tile("Trend", t.label(), t.exposureDeltaPercent() == null ? "no comparable prior week"
                : signed(t.exposureDeltaPercent()) + " % REI vs prior week", trendTone(t.label())));
        tiles.add(new Tile("Top " + p.topN() + " recovery upside", money(p.recoveryUpsideTopN()),
                Formats.two(p.concentrationTopNPercent()) + " % of REI", Tone.NEUTRAL));
        List<List<String>> targets = e.targets().stream().map(target -> List.of(target.name(),
                target.count() ? Long.toString((long) target.actual()) : money(target.actual()),
                target.count() ? Long.toString((long) target.target()) : money(target.target()),
                target.status())).toList();
        return List.of(new Tiles(tiles),
                new Table(List.of("Target", "Actual", "Target", "Status"), targets, List.of(1, 2)));
    }

    /**
     * The timeline and its chart start at the first as-of week with a full baseline window: earlier
     * weeks measure against a shorter baseline, so they are listed as not enough history, not drawn.
     */
    private List<Block> trend(Analysis analysis, Executive e, Portfolio p, Optional<RunRecord> lastReported) {
        Trend t = analysis.trend();
        Optional<LocalDate> fullFrom = analysis.model().firstFullBaselineWeek();
        List<TimelinePoint> comparable = t.timeline().stream()
                .filter(point -> fullFrom.isPresent() && !point.asOfWeek().isBefore(fullFrom.get())).toList();
        List<Block> blocks = new ArrayList<>();
        if (comparable.size() > 1) {
            blocks.add(new Image("Total REI and total gap for each of the last " + comparable.size()
                    + " as-of weeks with a full baseline window",
                    ReportCharts.timeline(comparable, TIMELINE_WIDTH, TIMELINE_HEIGHT, currency)));
        }
        String delta = t.exposureDeltaPercent() == null ? "no comparable prior week"
                : signed(t.exposureDeltaPercent()) + " % against the prior week";
        blocks.add(new Paragraph("Trend: " + t.label() + " (" + delta + ")."));
        blocks.addAll(lastTime(t, e, p, lastReported));
        if (comparable.size() < t.timeline().size()) {
            int windows = analysis.settings().windows().current() + analysis.settings().windows().baseline();
            blocks.add(new Paragraph(fullFrom.map(week -> "Weeks before " + week + " have less history than the"
                    + " current and baseline windows (" + windows + " weeks)").orElse("No week of this data has the"
                    + " history of the current and baseline windows yet (" + windows + " weeks)")
                    + ": their baselines are shorter, so they show as not enough history."));
        }
        blocks.add(new Table(List.of("As-of week", "Total gap", "Total REI", "Customers at risk"),
                t.timeline().stream().map(point -> comparable.contains(point)
                        ? List.of(point.asOfWeek().toString(), money(point.totalGap()), money(point.totalRei()),
                                Integer.toString(point.customerCount()))
                        : List.of(point.asOfWeek().toString(), "not enough history", "-", "-")).toList(),
                List.of(1, 2, 3)));
        return blocks;
    }

    /** What the ledger says we reported last time, next to the prior week recomputed from today's data. */
    private List<Block> lastTime(Trend t, Executive e, Portfolio p, Optional<RunRecord> lastReported) {
        Optional<TimelinePoint> prior = t.timeline().size() > 1 ? Optional.of(t.timeline().get(1)) : Optional.empty();
        List<List<String>> rows = new ArrayList<>();
        lastReported.ifPresent(run -> rows.add(List.of("Reported last time"
                        + (run.finishedAt() == null ? "" : " (" + run.finishedAt().toString().substring(0, 10) + ")"),
                String.valueOf(run.asOfWeek()), orDash(run.totalGap()), orDash(run.totalRei()),
                run.customersAtRisk() == null ? "-" : run.customersAtRisk().toString(),
                run.verdict() == null ? "-" : run.verdict())));
        prior.ifPresent(week -> rows.add(List.of("Prior week, recomputed from this data", week.asOfWeek().toString(),
                money(week.totalGap()), money(week.totalRei()), Integer.toString(week.customerCount()), "-")));
        rows.add(List.of("This run", e.asOfWeek().toString(), money(p.totalGap()), money(p.totalRei()),
                Integer.toString(p.customerCountWithGaps()), e.verdict()));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(lastTimeNote(lastReported, prior, e, p)));
        blocks.add(new Table(List.of("", "As-of week", "Total gap", "Total REI", "Customers at risk", "Verdict"),
                rows, List.of(2, 3, 4)));
        return blocks;
    }

    private String lastTimeNote(Optional<RunRecord> lastReported, Optional<TimelinePoint> prior, Executive e,
                                       Portfolio p) {
        if (lastReported.isEmpty()) {
            return "What we reported last time: no earlier run in the run ledger; the prior week is recomputed "
                    + "from this data.";
        }
        RunRecord run = lastReported.get();
        if (run.totalRei() == null) {
            return "What we reported last time: the ledger's last run for week " + run.asOfWeek() + " has no totals.";
        }
        if (run.asOfWeek().equals(e.asOfWeek())) {
            double change = p.totalRei() - run.totalRei();
            return "What we reported last time covered this same week " + run.asOfWeek() + " (this is a re-run); "
                    + (Formats.two(change).signum() == 0 ? "REI is unchanged."
                    : "REI changed by " + signedMoney(change) + " since.");
        }
        if (prior.isPresent() && run.asOfWeek().equals(prior.get().asOfWeek())) {
            double restated = prior.get().totalRei() - run.totalRei();
            return Formats.two(restated).signum() == 0
                    ? "What we reported last time for week " + run.asOfWeek() + " matches the recomputed prior week."
                    : "What we reported last time for week " + run.asOfWeek() + " differs from the recomputed prior "
                    + "week by " + signedMoney(restated) + " REI: late or corrected data, or changed settings, "
                    + "restated it.";
        }
        return "What we reported last time covered week " + run.asOfWeek()
                + (prior.isPresent() ? ", not the prior week " + prior.get().asOfWeek() : "")
                + "; compare with care.";
    }

    private List<Block> tierAndCause(Portfolio p) {
        List<Block> blocks = new ArrayList<>();
        if (!p.exposureByRootCause().isEmpty()) {
            blocks.add(new Image("Exposure (REI) by root cause", ReportCharts.bars(
                    Labels.keys(p.exposureByRootCause(), Labels::rootCause), "REI", ReportCharts.REI_FILL, BAR_WIDTH,
                    BAR_HEIGHT, currency)));
        }
        if (!p.exposureByTier().isEmpty()) {
            blocks.add(new Image("Exposure (REI) by customer tier", ReportCharts.bars(
                    Labels.keys(p.exposureByTier(), Labels::tier), "REI", ReportCharts.TIER_FILL, BAR_WIDTH, BAR_HEIGHT,
                    currency)));
        }
        List<List<String>> rows = new ArrayList<>();
        breakdown(rows, "Root cause", p.exposureByRootCause(), p.gapByRootCause(), p.totalRei(), Labels::rootCause);
        breakdown(rows, "Tier", p.exposureByTier(), p.gapByTier(), p.totalRei(), Labels::tier);
        blocks.add(breakdownTable(rows));
        return blocks;
    }

    private Block storesAndSegments(Portfolio p) {
        List<List<String>> rows = new ArrayList<>();
        breakdown(rows, "Store", p.exposureByStore(), p.gapByStore(), p.totalRei(), store -> store);
        p.exposureBySegment().forEach((column, rei) -> breakdown(rows, Labels.segmentColumn(column), rei,
                p.gapBySegment().getOrDefault(column, Map.of()), p.totalRei(), value -> Labels.segmentValue(column, value)));
        return breakdownTable(rows);
    }

    /** {@code words}: how a key of the breakdown reads (codes in words, data as it is). */
    private void breakdown(List<List<String>> rows, String dimension, Map<String, Double> rei,
                           Map<String, Double> gap, double totalRei, UnaryOperator<String> words) {
        rei.forEach((key, value) -> rows.add(List.of(dimension, words.apply(key), money(value),
                money(gap.getOrDefault(key, 0.0)),
                totalRei == 0 ? "-" : Formats.two(value / totalRei * 100.0) + " %")));
    }

    private static Table breakdownTable(List<List<String>> rows) {
        return new Table(List.of("Breakdown", "Value", "REI", "Gap", "Share of REI"), rows, List.of(2, 3, 4));
    }

    private Block interventions(List<CustomerResult> top) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (CustomerResult r : top) {
            rows.add(List.of(Integer.toString(rank++), r.customerId(), r.storeId(), Labels.tier(r.revenue().tier()),
                    money(r.revenue().gapAmount()), money(r.exposure().exposureIndex()),
                    Labels.rootCause(r.attribution().rootCause()), r.attribution().rootCause().owner(),
                    r.attribution().rootCause().recommendedAction()));
        }
        return new Table(List.of("#", "Customer", "Store", "Tier", "Gap", "REI", "Root cause", "Owner", "Action"),
                rows, List.of(0, 4, 5));
    }

    private Block nextSteps(Portfolio p) {
        List<String> steps = new ArrayList<>();
        for (RootCause cause : RootCause.values()) {
            Double rei = p.exposureByRootCause().get(cause.label());
            if (rei != null && rei > 0) {
                long customers = p.customersByRootCause().getOrDefault(cause.label(), 0L);
                steps.add(cause.owner() + ": " + lowerFirst(cause.recommendedAction()) + " for " + customers
                        + (customers == 1 ? " customer (" : " customers (") + Labels.rootCause(cause) + ", REI "
                        + money(rei) + ").");
            }
        }
        if (steps.isEmpty()) {
            steps.add("No exposure this week: keep monitoring.");
        }
        return new Bullets(steps);
    }

    private static List<Block> dataQuality(Executive e, List<SourceFile> sources) {
        List<Block> blocks = new ArrayList<>();
        if (e.validationWarnings().isEmpty()) {
            blocks.add(new Paragraph("No validation warnings."));
        } else {
            blocks.add(new Paragraph(e.validationWarnings().size() + " validation warnings:"));
            blocks.add(new Bullets(e.validationWarnings()));
        }
        blocks.add(new Table(List.of("Input", "File", "Rows", "SHA-256"), sources.stream().map(s -> List.of(
                s.kind().prefix(), s.fileName(), Long.toString(s.rows()),
                s.sha256() == null ? "not computed" : s.sha256().substring(0, Math.min(SHA_SHOWN, s.sha256().length()))
                        + "...")).toList(), List.of(2)));
        return blocks;
    }

    private static Tone verdictTone(String verdict) {
        return switch (verdict) {
            case "HIGH" -> Tone.ALERT;
            case "MEDIUM" -> Tone.WARNING;
            case "LOW" -> Tone.GOOD;
            default -> Tone.NEUTRAL;
        };
    }

    private static Tone trendTone(String label) {
        return switch (label) {
            case "Declining" -> Tone.WARNING;
            case "Improving" -> Tone.GOOD;
            default -> Tone.NEUTRAL;
        };
    }

    private static String signed(double percent) {
        return (percent > 0 ? "+" : "") + Formats.two(percent);
    }

    private String signedMoney(double amount) {
        return currency.signed(amount);
    }

    private String money(double amount) {
        return currency.format(amount);
    }

    /** "Restock the store's SKUs" reads on in a sentence as "restock the store's SKUs". */
    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private String orDash(Double amount) {
        return amount == null ? "-" : money(amount);
    }
}
