package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;

/** A finished run: its inputs, the portfolio, trend and executive layers' results, and the at-risk ranking. */
public record Analysis(AnalysisInput input, Portfolio portfolio, Trend trend, Executive executive,
                       CustomerRanking ranking) {

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
