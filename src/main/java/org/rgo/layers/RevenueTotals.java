package org.rgo.layers;

import java.io.Serializable;

/**
 * Weekly revenue of every customer seen so far (issue 12), at risk or not: the count, and the sums
 * of the rounded current_revenue and baseline_revenue in whole cents. Two merge by adding.
 */
public final class RevenueTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    private long customers;
    private long currentCents;
    private long baselineCents;

    void add(Revenue revenue) {
        customers++;
        currentCents += Cents.of(revenue.currentRevenue());
        baselineCents += Cents.of(revenue.baselineRevenue());
    }

    void merge(RevenueTotals other) {
        customers += other.customers;
        currentCents += other.currentCents;
        baselineCents += other.baselineCents;
    }

    /** The revenue these totals describe, set against the portfolio's gap, REI and upside (SPEC §7). */
    public PortfolioRevenue against(Portfolio portfolio) {
        long gap = Cents.of(portfolio.totalGap());
        long rei = Cents.of(portfolio.totalRei());
        long upside = Cents.of(portfolio.recoveryUpsideTopN());
        return new PortfolioRevenue(customers, Cents.toAmount(currentCents), Cents.toAmount(baselineCents),
                baselineCents == 0 ? null : Rounding.round2(
                        (Cents.toAmount(currentCents) - Cents.toAmount(baselineCents)) / Cents.toAmount(baselineCents) * 100.0),
                portfolio.totalGap(), portfolio.totalRei(),
                Cents.percent(gap, baselineCents), Cents.percent(rei, baselineCents),
                Cents.percent(gap, currentCents), Cents.percent(rei, currentCents),
                portfolio.recoveryUpsideTopN(), Cents.percent(upside, gap));
    }
}
