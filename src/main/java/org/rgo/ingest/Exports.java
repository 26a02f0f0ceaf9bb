package org.rgo.ingest;

import java.util.List;
import java.util.Map;

/**
 * The three exports of one run, read and checked (SPEC §1), with each file's header columns
 * (trimmed, lower case, in file order; empty when not read).
 */
public record Exports(CustomerDirectory customers, SalesTable sales, StockTable stock,
                      Map<InputKind, List<String>> columns) {

    public Exports(CustomerDirectory customers, SalesTable sales, StockTable stock) {
        this(customers, sales, stock, Map.of());
    }

    public List<String> columns(InputKind kind) {
        return columns.getOrDefault(kind, List.of());
    }
}
