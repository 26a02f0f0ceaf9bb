package org.rgo.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three exports of SPEC §1, recognised by file name prefix. */
public enum InputKind {
    CUSTOMERS("retail_customers", List.of("customer_id")),
    SALES("retail_weekly_sales", List.of("customer_id", "week_start_date", "weekly_spend", "store_id")),
    STOCK("stock_availability", List.of("store_id", "week_start", "on_hand_units"));

    private final String prefix;
    private final List<String> requiredColumns;

    InputKind(String prefix, List<String> requiredColumns) {
        this.prefix = prefix;
        this.requiredColumns = requiredColumns;
    }

    public String prefix() {
        return prefix;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The name under which the current version of this data set is staged. */
    public String stagedFileName() {
        return prefix + ".csv";
    }

    public static Optional<InputKind> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        for (InputKind kind : values()) {
            if (name.startsWith(kind.prefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
