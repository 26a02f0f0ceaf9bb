package org.rgo.layers;

import org.rgo.config.Settings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.rgo.layers.Rounding.round2;

/**
 * SPEC §8 summed so far: for each cut (this week, the prior week, and back along the timeline)
 * the at-risk customers' gap and REI in whole cents, and their count. Two merge by adding.
 */
public final class TrendTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate[] cutWeeks;
    private final long[] gapCents;
    private final long[] reiCents;
    private final long[] customers;

    /** {@code cutWeeks}: the as-of week of each cut, newest first. */
    TrendTotals(LocalDate[] cutWeeks) {
        this.cutWeeks = cutWeeks.clone();
        this.gapCents = new long[cutWeeks.length];
        this.reiCents = new long[cutWeeks.length];
        this.customers = new long[cutWeeks.length];
    }

    static TrendTotals of(Model model) {
        LocalDate[] weeks = new LocalDate[model.trendCuts()];
        for (int k = 0; k < weeks.length; k++) {
            weeks[k] = model.weeks()[model.asOfWeek() - k];
        }
        return new TrendTotals(weeks);
    }

    int cuts() {
        return cutWeeks.length;
    }

    /** Adds a customer at risk at cut {@code k}, with its REI measured without the recurrence term. */
    void add(int k, double gap, double trendRei) {
        gapCents[k] += Cents.of(gap);
        reiCents[k] += Cents.of(trendRei);
        customers[k]++;
    }

    void merge(TrendTotals other) {
        for (int k = 0; k < cutWeeks.length; k++) {
            gapCents[k] += other.gapCents[k];
            reiCents[k] += other.reiCents[k];
            customers[k] += other.customers[k];
        }
    }

    /** The trend these totals describe; {@code currentGap} is the run's total gap (SPEC §8). */
    public Trend trend(Settings.Trend rules, double currentGap) {
        List<Trend.TimelinePoint> points = new ArrayList<>();
        for (int k = 0; k < cutWeeks.length; k++) {
            points.add(new Trend.TimelinePoint(cutWeeks[k], Cents.toAmount(gapCents[k]), Cents.toAmount(reiCents[k]),
                    Math.toIntExact(customers[k])));
        }
        // points[0] is this week without the recurrence term: the delta compares like with like
        double currentRei = points.get(0).totalRei();
        Double priorGap = points.size() > 1 ? points.get(1).totalGap() : null;
        Double priorRei = points.size() > 1 ? points.get(1).totalRei() : null;
        Double delta = priorRei == null || priorRei == 0.0 ? null
                : round2((currentRei - priorRei) / priorRei * 100.0);
        List<Trend.TimelinePoint> timeline = points.subList(0, Math.min(rules.timelineWeeks(), points.size()));
        return new Trend(priorGap, priorRei, currentGap, delta, label(rules, delta), List.copyOf(timeline));
    }

    private static String label(Settings.Trend rules, Double delta) {
        if (delta != null && delta <= rules.improvingPercent()) {
            return "Improving";
        }
        if (delta != null && delta >= rules.decliningPercent()) {
            return "Declining";
        }
        return "Stable";
    }
}
