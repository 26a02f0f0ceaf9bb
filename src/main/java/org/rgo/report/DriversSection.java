package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.Drivers;
import org.rgo.layers.RootCause;
import org.rgo.report.ReportDocument.Block;
import org.rgo.report.ReportDocument.Image;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.rgo.report.Formats.two;

/** What moved (issue 12): summary.json's {@code trend.drivers} and the report section with its chart of the changes. */
public final class DriversSection {

    static final String HEADING = "What moved since the prior week";
    /** Stores listed by name in the report; the rest are one row, so the column still adds up. */
    private static final int STORES_SHOWN = 10;
    private static final int CHART_WIDTH = 1040;
    private static final int CHART_HEIGHT = 340;

    private DriversSection() {}

    /** trend.drivers; null when the data has no prior week. */
    public static Map<String, Object> json(Analysis analysis) {
        Drivers d = analysis.insights().drivers();
        if (d == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prior_as_of_week", d.priorWeek().toString());
        json.put("prior_rei_total", two(d.priorRei()));
        json.put("current_rei_total", two(d.currentRei()));
        json.put("rei_delta", two(d.delta()));
        json.put("by_root_cause", amounts(d.byRootCause()));
        json.put("by_tier", amounts(d.byTier()));
        json.put("by_store", amounts(d.byStore()));
        json.put("entered", Map.of("customers", d.entered().customers(), "rei", two(d.entered().reiNow())));
        json.put("left", Map.of("customers", d.left().customers(), "rei", two(d.left().reiBefore())));
        Map<String, Object> continuing = new LinkedHashMap<>();
        continuing.put("customers", d.continuing().customers());
        continuing.put("rei_before", two(d.continuing().reiBefore()));
        continuing.put("rei_now", two(d.continuing().reiNow()));
        continuing.put("rei_change", two(d.continuing().change()));
        json.put("continuing", continuing);
        json.put("movers", d.movers().stream().map(DriversSection::mover).toList());
        return json;
    }

    private static Map<String, Object> mover(Drivers.Mover m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customer_id", m.customerId());
        row.put("store_id", m.storeId());
        row.put("rei_before", two(m.reiBefore()));
        row.put("rei_now", two(m.reiNow()));
        row.put("rei_change", two(m.change()));
        row.put("movement", m.movement());
        row.put("root_cause_before", m.rootCauseBefore() == null ? null : m.rootCauseBefore().label());
        row.put("root_cause_now", m.rootCauseNow() == null ? null : m.rootCauseNow().label());
        return row;
    }

    private static Map<String, Object> amounts(Map<String, Double> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((key, value) -> json.put(key, two(value)));
        return json;
    }

    public static Section section(Analysis analysis, Money money) {
        Drivers d = analysis.insights().drivers();
        if (d == null) {
            return new Section(HEADING, List.of(new Paragraph("The data has one week only: there is no prior week to"
                    + " compare with.")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Total REI went from " + money.format(d.priorRei()) + " in the week of "
                + d.priorWeek() + " to " + money.format(d.currentRei()) + " (" + money.signed(d.delta()) + "). "
                + customers(d.entered().customers()) + " entered the at-risk set with " + money.format(d.entered().reiNow())
                + " of REI, " + customers(d.left().customers()) + " left it with " + money.format(d.left().reiBefore())
                + ", and the REI of the " + customers(d.continuing().customers()) + " at risk in both weeks changed by "
                + money.signed(d.continuing().change()) + ". REI here has no recurrence term, as in the trend."));
        Map<String, Double> changes = chartedChanges(d);
        if (!changes.isEmpty()) {
            blocks.add(new Image("How total REI moved from the prior week to this week, by root cause",
                    ReportCharts.changes(changes, CHART_WIDTH, CHART_HEIGHT, money)));
        }
        List<List<String>> rows = new ArrayList<>();
        breakdown(rows, "Root cause", d.byRootCause(), Labels::rootCause, Integer.MAX_VALUE, money);
        breakdown(rows, "Tier", d.byTier(), Labels::tier, Integer.MAX_VALUE, money);
        breakdown(rows, "Store", d.byStore(), store -> store, STORES_SHOWN, money);
        rows.add(List.of("Total", "", money.signed(d.delta())));
        blocks.add(new Table(List.of("Breakdown", "Value", "Change in REI"), rows, List.of(2)));
        if (!d.movers().isEmpty()) {
            blocks.add(new Paragraph("The " + d.movers().size() + " largest movers:"));
            List<List<String>> movers = new ArrayList<>();
            int rank = 1;
            for (Drivers.Mover m : d.movers()) {
                movers.add(List.of(Integer.toString(rank++), m.customerId(), m.storeId(), money.format(m.reiBefore()),
                        money.format(m.reiNow()), money.signed(m.change()), movement(m.movement()),
                        cause(m.rootCauseBefore()), cause(m.rootCauseNow())));
            }
            blocks.add(new Table(List.of("#", "Customer", "Store", "REI before", "REI now", "Change", "Movement",
                    "Root cause before", "Root cause now"), movers, List.of(0, 3, 4, 5)));
        }
        return new Section(HEADING, blocks);
    }

    /** Each root cause's change that is not nothing, largest first, then the net change; empty when nothing moved. */
    private static Map<String, Double> chartedChanges(Drivers d) {
        Map<String, Double> changes = new LinkedHashMap<>();
        d.byRootCause().forEach((cause, change) -> {
            if (Formats.two(change).signum() != 0) {
                changes.put(Labels.rootCause(cause), change);
            }
        });
        if (!changes.isEmpty()) {
            changes.put("Net change", d.delta());
        }
        return changes;
    }

    /** The first {@code shown} keys by name, the rest as one row, so that the rows still add up. */
    private static void breakdown(List<List<String>> rows, String dimension, Map<String, Double> changes,
                                  UnaryOperator<String> words, int shown, Money money) {
        int listed = 0;
        long otherCents = 0;
        int others = 0;
        for (Map.Entry<String, Double> change : changes.entrySet()) {
            if (listed < shown) {
                rows.add(List.of(dimension, words.apply(change.getKey()), money.signed(change.getValue())));
                listed++;
            } else {
                otherCents += Math.round(change.getValue() * 100.0);
                others++;
            }
        }
        if (others > 0) {
            rows.add(List.of(dimension, others + " other " + (others == 1 ? "store" : "stores"),
                    money.signed(otherCents / 100.0)));
        }
    }

    private static String customers(long count) {
        return count + (count == 1 ? " customer" : " customers");
    }

    private static String movement(String code) {
        return switch (code) {
            case "entered" -> "Entered the at-risk set";
            case "left" -> "Left the at-risk set";
            case "up" -> "Up";
            default -> "Down";
        };
    }

    private static String cause(RootCause cause) {
        return cause == null ? "not at risk" : Labels.rootCause(cause);
    }
}
