package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.gate.GateResult;
import org.rgo.ingest.Dataset;

import java.util.List;

/**
 * A finished run: its inputs, the portfolio, trend and executive layers' results, the at-risk
 * ranking, the restock list in its order, the insights (issue 12), and the data gate's verdict on
 * its inputs (OFF until the gate step has looked).
 */
public record Analysis(AnalysisInput input, Portfolio portfolio, Trend trend, Executive executive,
                       CustomerRanking ranking, List<RestockItem> restock, Insights insights, GateResult gate) {

    public Analysis(AnalysisInput input, Portfolio portfolio, Trend trend, Executive executive,
                    CustomerRanking ranking, List<RestockItem> restock, Insights insights) {
        this(input, portfolio, trend, executive, ranking, restock, insights, GateResult.off(null));
    }

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
        return new Analysis(input, portfolio, trend, executive, ranking, restock, insights.withFollowUp(followUp),
                gate);
    }

    /** This analysis with the data gate's verdict on its inputs. */
    public Analysis withGate(GateResult result) {
        return new Analysis(input, portfolio, trend, executive, ranking, restock, insights, result);
    }
}
