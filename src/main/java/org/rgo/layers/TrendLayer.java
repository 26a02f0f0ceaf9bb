package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.SalesTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.rgo.layers.Rounding.round2;

/**
 * Layer 6, SPEC §8: the model evaluated again at each of the last as-of weeks. Each customer's
 * series is built once and cut at every week, so no data is read twice. REI here never carries
 * the recurrence term, so every week is measured the same way.
 */
public final class TrendLayer {

    private final Settings.Trend rules;
    private final RevenueLayer revenueLayer;
    private final StructuralRiskLayer structuralLayer;
    private final ExposureLayer exposureLayer;

    public TrendLayer(Settings settings) {
        this.rules = settings.trend();
        this.revenueLayer = new RevenueLayer(settings);
        this.structuralLayer = new StructuralRiskLayer(settings);
        this.exposureLayer = new ExposureLayer(settings);
    }

    /** Gap cents, REI cents and at-risk count for each cut, three slots a cut, newest cut first. */
    long[] totalsByCut(Analysis analysis, int cuts) {
        int asOfWeek = analysis.data().sales().asOfWeek();
        return IntStream.range(0, analysis.customerCount()).parallel().collect(
                () -> new long[cuts * 3],
                (totals, c) -> addCustomer(totals, analysis.series(c), asOfWeek, cuts),
                (a, b) -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i] += b[i];
                    }
                });
    }

    private void addCustomer(long[] totals, CustomerSeries series, int asOfWeek, int cuts) {
        for (int k = 0; k < cuts; k++) {
            CustomerSeries cut = series.upTo(asOfWeek - k);
            if (cut.isEmpty()) {
                return;
            }
            Revenue revenue = revenueLayer.evaluate(cut);
            StructuralRisk risk = structuralLayer.evaluate(cut, revenue);
            if (exposureLayer.isAtRisk(revenue, risk)) {
                Exposure exposure = exposureLayer.evaluate(revenue, risk, 1, false);
                totals[k * 3] += Cents.of(revenue.gapAmount());
                totals[k * 3 + 1] += Cents.of(exposure.exposureIndex());
                totals[k * 3 + 2]++;
            }
        }
    }

    public Trend evaluate(Analysis analysis) {
        SalesTable sales = analysis.data().sales();
        // the prior week and this week are always evaluated, whatever the timeline's length
        int cuts = Math.min(Math.max(rules.timelineWeeks(), 2), sales.weekCount());
        long[] totals = totalsByCut(analysis, cuts);
        List<Trend.TimelinePoint> points = new ArrayList<>();
        for (int k = 0; k < cuts; k++) {
            points.add(new Trend.TimelinePoint(sales.week(sales.asOfWeek() - k), Cents.toAmount(totals[k * 3]),
                    Cents.toAmount(totals[k * 3 + 1]), (int) totals[k * 3 + 2]));
        }
        // points[0] is this week without the recurrence term: the delta compares like with like
        double currentRei = points.get(0).totalRei();
        Double priorGap = cuts > 1 ? points.get(1).totalGap() : null;
        Double priorRei = cuts > 1 ? points.get(1).totalRei() : null;
        Double delta = priorRei == null || priorRei == 0.0 ? null
                : round2((currentRei - priorRei) / priorRei * 100.0);
        List<Trend.TimelinePoint> timeline = points.subList(0, Math.min(rules.timelineWeeks(), cuts));
        return new Trend(priorGap, priorRei, analysis.portfolio().totalGap(), delta, label(delta),
                List.copyOf(timeline));
    }

    private String label(Double delta) {
        if (delta != null && delta <= rules.improvingPercent()) {
            return "Improving";
        }
        if (delta != null && delta >= rules.decliningPercent()) {
            return "Declining";
        }
        return "Stable";
    }

    /** The Camel step. */
    public Analysis apply(Analysis analysis) {
        return analysis.withTrend(evaluate(analysis));
    }
}
