package org.rgo.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rgo.layers.Trend.TimelinePoint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's charts, drawn with XChart into PNG bytes that the HTML embeds. */
public final class ReportCharts {

    static {
        // The service may start where a display exists; charts must never need one (or a window system).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final Color REI_COLOR = new Color(0x1d, 0x4e, 0x89);
    static final Color GAP_COLOR = new Color(0xe8, 0x89, 0x0c);
    static final Color REI_FILL = new Color(0x8f, 0xb4, 0xe3);
    static final Color TIER_FILL = new Color(0xf5, 0xc2, 0x7a);
    private static final Color INK = new Color(0x1d, 0x27, 0x33);
    private static final Color GRID = new Color(0xe3, 0xe8, 0xee);
    /** A rise of REI is bad news, a fall good: the report's alert and good-news colours, lighter. */
    static final Color INCREASE = new Color(0xe5, 0x8e, 0x85);
    static final Color DECREASE = new Color(0x7c, 0xc4, 0xa6);
    private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.US);
    /** Room above the tallest bar for its label. */
    private static final double HEADROOM = 1.12;

    private ReportCharts() {}

    /**
     * Total REI and total gap per as-of week, oldest on the left; {@code newestFirst} as the trend
     * layer gives it. Weeks are categories, so every as-of week gets its own tick.
     */
    public static byte[] timeline(List<TimelinePoint> newestFirst, int width, int height, Money currency) {
        List<TimelinePoint> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        List<String> weeks = oldestFirst.stream().map(p -> WEEK_LABEL.format(p.asOfWeek())).toList();
        CategoryChart chart = new CategoryChart(width, height);
        chart.setXAxisTitle("As-of week");
        chart.setYAxisTitle("Per week");
        style(chart.getStyler(), currency);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setYAxisMin(0.0);
        CategorySeries rei = chart.addSeries("Total REI", weeks,
                oldestFirst.stream().map(TimelinePoint::totalRei).toList());
        CategorySeries gap = chart.addSeries("Total gap", weeks,
                oldestFirst.stream().map(TimelinePoint::totalGap).toList());
        line(rei, REI_COLOR);
        rei.setMarker(SeriesMarkers.CIRCLE);
        line(gap, GAP_COLOR);
        gap.setMarker(SeriesMarkers.DIAMOND);
        return png(chart);
    }

    /** One bar per entry, in map order, its value written on it; light fills keep dark labels readable. */
    public static byte[] bars(Map<String, Double> values, String seriesName, Color color, int width, int height,
                              Money currency) {
        CategoryChart chart = new CategoryChart(width, height);
        style(chart.getStyler(), currency);
        chart.getStyler().setXAxisTitleVisible(false).setYAxisTitleVisible(false);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setLabelsVisible(true).setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 12))
                .setLabelsFontColor(INK).setLabelsFontColorAutomaticEnabled(false).setLabelsPosition(1.0);
        double largest = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (largest > 0) {
            chart.getStyler().setYAxisMax(largest * HEADROOM);
        }
        chart.getStyler().setAvailableSpaceFill(0.6);
        chart.getStyler().setYAxisMin(0.0);
        chart.addSeries(seriesName, new ArrayList<>(values.keySet()), new ArrayList<>(values.values()))
                .setFillColor(color);
        return png(chart);
    }

    /**
     * Changes, one bar each in map order, rising above zero (an increase, red) or falling below it
     * (a decrease, green), the amount written at the bar's end.
     */
    public static byte[] changes(Map<String, Double> changes, int width, int height, Money currency) {
        CategoryChart chart = new CategoryChart(width, height);
        style(chart.getStyler(), currency);
        chart.getStyler().setXAxisTitleVisible(false).setYAxisTitleVisible(false);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setOverlapped(true).setAvailableSpaceFill(0.55);
        chart.getStyler().setLabelsVisible(true).setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 12))
                .setLabelsFontColor(INK).setLabelsFontColorAutomaticEnabled(false).setLabelsPosition(1.0);
        double largest = changes.values().stream().mapToDouble(Math::abs).max().orElse(0);
        if (largest > 0) {
            double top = changes.values().stream().mapToDouble(v -> v).max().orElse(0);
            double bottom = changes.values().stream().mapToDouble(v -> v).min().orElse(0);
            chart.getStyler().setYAxisMax(top > 0 ? top + largest * (HEADROOM - 1) : 0.0);
            chart.getStyler().setYAxisMin(bottom < 0 ? bottom - largest * (HEADROOM - 1) : 0.0);
        }
        List<String> labels = new ArrayList<>(changes.keySet());
        // null, not 0, where a series has no bar: XChart then draws no bar and no "$0" label
        List<Double> increases = new ArrayList<>();
        List<Double> decreases = new ArrayList<>();
        changes.values().forEach(v -> {
            increases.add(v > 0 ? v : null);
            decreases.add(v < 0 ? v : null);
        });
        chart.addSeries("Increase", labels, increases).setFillColor(INCREASE);
        chart.addSeries("Decrease", labels, decreases).setFillColor(DECREASE);
        return png(chart);
    }

    private static void line(CategorySeries series, Color color) {
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setLineStyle(new BasicStroke(2.5f));
    }

    private static void style(AxesChartStyler styler, Money currency) {
        styler.setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderVisible(false).setChartTitleVisible(false);
        styler.setPlotGridLinesColor(GRID).setPlotGridVerticalLinesVisible(false)
                .setAxisTickLabelsColor(INK).setAxisTickMarksColor(GRID)
                .setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12))
                .setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12))
                .setYAxisDecimalPattern(currency.axisPattern());
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13)).setLegendBorderColor(Color.WHITE)
                .setChartFontColor(INK).setChartPadding(12).setAntiAlias(true);
        styler.setLocale(Locale.US);
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart", e);
        }
    }
}
