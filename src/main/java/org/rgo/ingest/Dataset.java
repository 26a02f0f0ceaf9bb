package org.rgo.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The three exports of one run, joined (SPEC §1–2), with every validation warning. */
public record Dataset(CustomerDirectory customers, SalesTable sales, StockTable stock, Instant loadedAt,
                      List<SourceFile> sources, List<String> warnings) {

    /** Where one data set came from; sha256 is null when it was not computed (one-shot command). */
    public record SourceFile(InputKind kind, String fileName, String sha256, long rows) {}


    /** Joins the exports and adds the warnings of SPEC §2 (customers missing from the customers file). */
    public static Dataset join(CustomerDirectory customers, SalesTable sales, StockTable stock, Instant loadedAt,
                               List<SourceFile> sources, int maxListedWarnings) {
        Warnings unknown = new Warnings(maxListedWarnings);
        for (int c = 0; c < sales.customerCount(); c++) {
            if (customers.row(sales.customerId(c)) < 0) {
                unknown.add("customer " + sales.customerId(c) + " has sales but is not in the customers file");
            }
        }
        List<String> warnings = new ArrayList<>(customers.warnings());
        warnings.addAll(sales.warnings());
        warnings.addAll(unknown.lines("customers missing from the customers file"));
        return new Dataset(customers, sales, stock, loadedAt, List.copyOf(sources), List.copyOf(warnings));
    }
}
