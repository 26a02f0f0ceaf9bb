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
        warnings.addAll(gapsInTheWeeks(sales));
        return new Dataset(customers, sales, stock, loadedAt, List.copyOf(sources), List.copyOf(warnings));
    }

    /**
     * The weeks are the dates the sales file has: a week no row names is not on the axis, so it
     * is not filled with 0 (SPEC §2). Such a hole usually means a missing export, so it is named.
     */
    private static List<String> gapsInTheWeeks(SalesTable sales) {
        List<String> gaps = new ArrayList<>();
        for (int w = 1; w < sales.weekCount(); w++) {
            long days = sales.week(w).toEpochDay() - sales.week(w - 1).toEpochDay();
            if (days > 7) {
                gaps.add("no sales row for any customer between weeks " + sales.week(w - 1) + " and "
                        + sales.week(w) + " (" + days + " days apart): the missing weeks are not counted");
            }
        }
        return gaps;
    }
}
