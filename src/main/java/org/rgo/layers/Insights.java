package org.rgo.layers;

/**
 * The executive's next questions (issue 12): what moved since the prior week ({@code drivers}, null
 * without one), how big the exposure is against the business ({@code revenue}), what fixing each
 * store's stockouts is worth ({@code whatIf}), and whether the previous run's priorities recovered
 * ({@code followUp}, which needs the run ledger and is filled in after the executive layer).
 */
public record Insights(Drivers drivers, PortfolioRevenue revenue, StoreWhatIf whatIf, FollowUp followUp) {

    public Insights withFollowUp(FollowUp value) {
        return new Insights(drivers, revenue, whatIf, value);
    }
}
