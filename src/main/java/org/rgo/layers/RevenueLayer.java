package org.rgo.layers;

import org.rgo.config.Settings;

import static org.rgo.layers.Rounding.round2;

/** Layer 1, SPEC §3: revenue baseline, current revenue, gap, decline and value tier. */
public final class RevenueLayer {

    private final Windows windows;
    private final boolean strategicWhenLoyal;

    public RevenueLayer(Settings settings) {
        this.windows = Windows.of(settings);
        this.strategicWhenLoyal = settings.strategicWhenLoyal();
    }

    public Revenue evaluate(CustomerSeries series) {
        int n = series.length();
        double current = series.mean(windows.currentFrom(n), n);
        double baseline = series.mean(windows.baselineFrom(n), windows.baselineTo(n));
        double gap = round2(Math.max(0.0, baseline - current));
        double declinePercent = baseline == 0.0
                ? (gap == 0.0 ? 0.0 : 100.0)
                : round2((baseline - current) / baseline * 100.0);
        return new Revenue(round2(current), round2(baseline), gap, declinePercent, tier(series));
    }

    private Tier tier(CustomerSeries series) {
        if (!series.highValue()) {
            return Tier.STANDARD;
        }
        return strategicWhenLoyal && series.loyal() ? Tier.STRATEGIC : Tier.HIGH;
    }

    /** The route step: revenue of every customer of the chunk at every cut. */
    public Chunk apply(Chunk chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            for (int k = 0; k < chunk.cuts(); k++) {
                CustomerSeries series = chunk.series(i, k);
                if (series == null) {
                    break;
                }
                chunk.setRevenue(i, k, evaluate(series));
            }
        }
        return chunk;
    }
}
