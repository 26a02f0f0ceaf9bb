package org.rgo.layers;

/** root_cause of SPEC §5, with the owner and recommended action the reports show. */
public enum RootCause {
    BEHAVIORAL_CHURN("behavioral_churn", "Customer Success", "Win-back outreach"),
    OPERATIONAL_STOCKOUT("operational_stockout", "Operations/Inventory", "Restock the store's out-of-stock SKUs"),
    MIXED_OPERATIONAL_STRUCTURAL("mixed_operational_structural", "Operations and Sales jointly",
            "Restock the store's out-of-stock SKUs and review the account"),
    STRUCTURAL_DECLINE("structural_decline", "Sales leadership", "Account review"),
    DEMAND_SOFTNESS("demand_softness", "Sales/Marketing", "Targeted offer");

    private final String label;
    private final String owner;
    private final String recommendedAction;

    RootCause(String label, String owner, String recommendedAction) {
        this.label = label;
        this.owner = owner;
        this.recommendedAction = recommendedAction;
    }

    public String label() {
        return label;
    }

    public String owner() {
        return owner;
    }

    public String recommendedAction() {
        return recommendedAction;
    }

    /** The causes a stockout explains (SPEC §5 rule 2): what fixing stockouts could move. */
    public boolean isOperational() {
        return this == OPERATIONAL_STOCKOUT || this == MIXED_OPERATIONAL_STRUCTURAL;
    }
}
