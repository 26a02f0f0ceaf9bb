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
    private final DriverTotals drivers;
    private final RevenueTotals revenue;
    private final WhatIfTotals whatIf;

    private Totals(PortfolioTotals portfolio, TrendTotals trend, CustomerRanking ranking, RestockTotals restock,
                   DriverTotals drivers, RevenueTotals revenue, WhatIfTotals whatIf) {
        this.portfolio = portfolio;
        this.trend = trend;
        this.ranking = ranking;
        this.restock = restock;
        this.drivers = drivers;
        this.revenue = revenue;
        this.whatIf = whatIf;
    }

    public static Totals empty(Model model) {
        return new Totals(new PortfolioTotals(model.segmentColumns(), model.settings().portfolio().topN()),
                TrendTotals.of(model), new CustomerRanking(), new RestockTotals(), DriverTotals.of(model),
                new RevenueTotals(), WhatIfTotals.of(model));
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

    /** What moved since the prior week (issue 12). */
    public DriverTotals drivers() {
        return drivers;
    }

    /** Every customer's weekly revenue (issue 12). */
    public RevenueTotals revenue() {
        return revenue;
    }

    /** The stockout what-if per store (issue 12). */
    public WhatIfTotals whatIf() {
        return whatIf;
    }

    /** Adds {@code other} into these totals and returns them. */
    public Totals merge(Totals other) {
        portfolio.merge(other.portfolio);
        trend.merge(other.trend);
        ranking.merge(other.ranking);
        restock.merge(other.restock);
        drivers.merge(other.drivers);
        revenue.merge(other.revenue);
        whatIf.merge(other.whatIf);
        return this;
    }
}
