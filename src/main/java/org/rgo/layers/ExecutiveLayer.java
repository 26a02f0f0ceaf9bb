package org.rgo.layers;

import org.rgo.config.Settings;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SPEC §9: the verdict, the targets and the triggers shown first in every report. */
public final class ExecutiveLayer {

    private final Settings.Executive rules;
    private final Settings.Trend trendRules;

    public ExecutiveLayer(Settings settings) {
        this.rules = settings.executive();
        this.trendRules = settings.trend();
    }

    public String verdict(double totalRei) {
        if (totalRei >= rules.highRei()) {
            return "HIGH";
        }
        return totalRei >= rules.mediumRei() ? "MEDIUM" : "LOW";
    }

    public Executive evaluate(Portfolio portfolio, AnalysisInput input) {
        double rei = portfolio.totalRei();
        int atRisk = portfolio.customerCountWithGaps();
        List<Executive.Target> targets = List.of(
                target("Total REI", rei, rules.targetMaxRei(), false),
                target("Customers at risk", atRisk, rules.targetMaxCustomersAtRisk(), true));
        List<String> triggers = new ArrayList<>();
        if (rei >= rules.triggerRei()) {
            triggers.add("Total REI " + amount(rei) + " is at or above " + amount(rules.triggerRei()));
        }
        if (atRisk >= rules.triggerCustomersAtRisk()) {
            triggers.add(atRisk + " customers at risk, at or above " + rules.triggerCustomersAtRisk());
        }
        return new Executive(verdict(rei), targets, List.copyOf(triggers), input.model().asOfDate(),
                input.data().loadedAt(), input.data().warnings());
    }

    private static Executive.Target target(String name, double actual, double target, boolean count) {
        return new Executive.Target(name, actual, target, actual <= target ? "On target" : "Above target", count);
    }

    private static String amount(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * The route step after every chunk is merged: the portfolio and trend the totals describe, the
     * executive layer on top of them, and the insights (issue 12); the follow-up of an earlier run
     * is the pipeline's to add, from the run ledger.
     */
    public Analysis apply(AnalysisInput input, Totals totals) {
        Portfolio portfolio = totals.portfolio().portfolio();
        Trend trend = totals.trend().trend(trendRules, portfolio.totalGap());
        Insights insights = new Insights(totals.drivers().drivers(), totals.revenue().against(portfolio),
                totals.whatIf().against(portfolio), FollowUpLayer.firstRun());
        return new Analysis(input, portfolio, trend, evaluate(portfolio, input), totals.ranking(),
                totals.restock().items(input.model()), insights);
    }
}
