package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;

import java.util.List;

/**
 * A finished run: its inputs, the portfolio, trend and executive layers' results, the at-risk
 * ranking, the restock list in its order, and the insights (issue 12).
 */
public record Analysis(AnalysisInput input, Portfolio portfolio, Trend trend, Executive executive,
                       CustomerRanking ranking, List<RestockItem> restock, Insights insights) {

    public Settings settings() {
        return input.settings();
    }

    public Dataset data() {
        return input.data();
    }

    public Model model() {
        return input.model();
    }

    /** This analysis with the follow-up of an earlier run's priorities. */
    public Analysis withFollowUp(FollowUp followUp) {
        return new Analysis(input, portfolio, trend, executive, ranking, restock, insights.withFollowUp(followUp));
    }
}
