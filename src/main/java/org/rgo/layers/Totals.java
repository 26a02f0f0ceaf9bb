package org.rgo.layers;

import java.io.Serializable;

/**
 * What the portfolio, trend and restock layers accumulate over a run's customers, chunk by chunk. Merging
 * is associative and commutative: any order or grouping of chunks gives the same results.
 */
public final class Totals implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PortfolioTotals portfolio;
    private final TrendTotals trend;
    private final CustomerRanking ranking;
    private final RestockTotals restock;

    private Totals(PortfolioTotals portfolio, TrendTotals trend, CustomerRanking ranking, RestockTotals restock) {
        this.portfolio = portfolio;
        this.trend = trend;
        this.ranking = ranking;
        this.restock = restock;
    }

    public static Totals empty(Model model) {
        return new Totals(new PortfolioTotals(model.segmentColumns(), model.settings().portfolio().topN()),
                TrendTotals.of(model), new CustomerRanking(), new RestockTotals());
    }

    public PortfolioTotals portfolio() {
        return portfolio;
    }

    public TrendTotals trend() {
        return trend;
    }

    public CustomerRanking ranking() {
        return ranking;
    }

    public RestockTotals restock() {
        return restock;
    }

    /** Adds {@code other} into these totals and returns them. */
    public Totals merge(Totals other) {
        portfolio.merge(other.portfolio);
        trend.merge(other.trend);
        ranking.merge(other.ranking);
        restock.merge(other.restock);
        return this;
    }
}
