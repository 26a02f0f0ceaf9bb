package org.rgo.layers;

import java.util.Optional;

/**
 * root_cause of SPEC §5, with the owner and recommended action the reports show, and the owner's
 * key: the name of its action list (actions/&lt;key&gt;.csv) and of its mail addresses
 * (rgo.mail.owners.&lt;key&gt;). Each cause has its own owner, so an owner's list is its cause's customers.
 */
public enum RootCause {
    BEHAVIORAL_CHURN("behavioral_churn", "Customer Success", "customer-success", "Win-back outreach"),
    OPERATIONAL_STOCKOUT("operational_stockout", "Operations/Inventory", "operations",
            "Restock the store's out-of-stock SKUs"),
    MIXED_OPERATIONAL_STRUCTURAL("mixed_operational_structural", "Operations and Sales jointly", "operations-and-sales",
            "Restock the store's out-of-stock SKUs and review the account"),
    STRUCTURAL_DECLINE("structural_decline", "Sales leadership", "sales-leadership", "Account review"),
    DEMAND_SOFTNESS("demand_softness", "Sales/Marketing", "sales-marketing", "Targeted offer");

    private final String label;
    private final String owner;
    private final String ownerKey;
    private final String recommendedAction;

    RootCause(String label, String owner, String ownerKey, String recommendedAction) {
        this.label = label;
        this.owner = owner;
        this.ownerKey = ownerKey;
        this.recommendedAction = recommendedAction;
    }

    public String label() {
        return label;
    }

    public String owner() {
        return owner;
    }

    /** The owner as a file and configuration name: lower case, dashes. */
    public String ownerKey() {
        return ownerKey;
    }

    public String recommendedAction() {
        return recommendedAction;
    }

    /**
     * Whether the action is to restock (SPEC §5's operational condition holds): operational
     * stockouts, and the mixed cause, whose action restocks too. These customers name SKUs in
     * their action lists and count in the restock list.
     */
    public boolean restocks() {
        return this == OPERATIONAL_STOCKOUT || this == MIXED_OPERATIONAL_STRUCTURAL;
    }

    public static Optional<RootCause> ofOwnerKey(String key) {
        for (RootCause cause : values()) {
            if (cause.ownerKey.equals(key)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
