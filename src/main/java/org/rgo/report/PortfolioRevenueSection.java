package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.PortfolioRevenue;
import org.rgo.report.ReportDocument.Paragraph;
import org.rgo.report.ReportDocument.Section;
import org.rgo.report.ReportDocument.Tile;
import org.rgo.report.ReportDocument.Tiles;
import org.rgo.report.ReportDocument.Tone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.rgo.report.Formats.two;

/** Against the business (issue 12): summary.json's {@code portfolio_revenue} and its report section. */
public final class PortfolioRevenueSection {

    static final String HEADING = "Exposure against the business";

    private PortfolioRevenueSection() {}

    public static Map<String, Object> json(Analysis analysis) {
        PortfolioRevenue r = analysis.insights().revenue();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customers", r.customers());
        json.put("current_weekly_revenue", two(r.currentWeeklyRevenue()));
        json.put("baseline_weekly_revenue", two(r.baselineWeeklyRevenue()));
        json.put("current_vs_baseline_percent", percent(r.currentVsBaselinePercent()));
        json.put("total_gap", two(r.totalGap()));
        json.put("total_rei", two(r.totalRei()));
        json.put("gap_percent_of_baseline_revenue", percent(r.gapPercentOfBaseline()));
        json.put("rei_percent_of_baseline_revenue", percent(r.reiPercentOfBaseline()));
        json.put("gap_percent_of_current_revenue", percent(r.gapPercentOfCurrent()));
        json.put("rei_percent_of_current_revenue", percent(r.reiPercentOfCurrent()));
        json.put("recovery_upside_top_n", two(r.recoveryUpsideTopN()));
        json.put("recovery_upside_percent_of_gap", percent(r.recoveryUpsidePercentOfGap()));
        return json;
    }

    public static Section section(Analysis analysis, Money money) {
        PortfolioRevenue r = analysis.insights().revenue();
        int topN = analysis.portfolio().topN();
        List<Tile> tiles = List.of(
                new Tile("Weekly revenue, all customers", money.format(r.currentWeeklyRevenue()),
                        "baseline " + money.format(r.baselineWeeklyRevenue())
                                + (r.currentVsBaselinePercent() == null ? "" : " (" + signedPercent(r.currentVsBaselinePercent()) + ")"),
                        Tone.NEUTRAL),
                new Tile("Gap, share of revenue", percentText(r.gapPercentOfBaseline()),
                        money.format(r.totalGap()) + " of baseline revenue", Tone.NEUTRAL),
                new Tile("REI, share of revenue", percentText(r.reiPercentOfBaseline()),
                        money.format(r.totalRei()) + " against baseline revenue", Tone.NEUTRAL),
                new Tile("Top " + topN + " recovery upside", percentText(r.recoveryUpsidePercentOfGap()),
                        money.format(r.recoveryUpsideTopN()) + " of the gap", Tone.NEUTRAL));
        String text = "All " + r.customers() + (r.customers() == 1 ? " customer" : " customers") + " in the sales file spent "
                + money.format(r.currentWeeklyRevenue()) + " a week over the current window, against "
                + money.format(r.baselineWeeklyRevenue()) + " a week in their baseline window. The revenue gap of "
                + money.format(r.totalGap()) + " a week is " + percentText(r.gapPercentOfBaseline())
                + " of baseline weekly revenue (" + percentText(r.gapPercentOfCurrent()) + " of current); the REI of "
                + money.format(r.totalRei()) + " is " + percentText(r.reiPercentOfBaseline()) + " ("
                + percentText(r.reiPercentOfCurrent()) + " of current). Winning back the top " + topN + " priorities would"
                + " recover " + money.format(r.recoveryUpsideTopN()) + " a week, " + percentText(r.recoveryUpsidePercentOfGap())
                + " of the gap.";
        return new Section(HEADING, List.of(new Tiles(tiles), new Paragraph(text)));
    }

    static Object percent(Double value) {
        return value == null ? null : two(value);
    }

    /** "12.34 %", or "n/a" when there is nothing to divide by. */
    static String percentText(Double value) {
        return value == null ? "n/a" : Formats.two(value) + " %";
    }

    private static String signedPercent(double value) {
        return (Formats.two(value).signum() > 0 ? "+" : "") + Formats.two(value) + " %";
    }
}
