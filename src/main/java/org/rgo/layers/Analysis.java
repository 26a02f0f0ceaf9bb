package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;

import java.util.List;

/**
 * A finished run: its inputs, the portfolio, trend and executive layers' results, the at-risk
 * ranking, and the restock list in its order.
 */
public record Analysis(AnalysisInput input, Portfolio portfolio, Trend trend, Executive executive,
                       CustomerRanking ranking, List<RestockItem> restock) {

    public Settings settings() {
        return input.settings();
    }

    public Dataset data() {
        return input.data();
    }

    public Model model() {
        return input.model();
    }
}
