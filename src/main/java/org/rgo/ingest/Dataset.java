package org.rgo.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The three exports of one run, joined (SPEC §1–2), with every validation warning. What the
 * analysis needs of the customers file is resolved here once per sales customer: loyalty, and
 * the value of each segment column.
 */
public record Dataset(CustomerDirectory customers, SalesTable sales, StockTable stock, Instant loadedAt,
                      List<SourceFile> sources, List<String> warnings, BitSet loyal,
                      Map<String, String[]> segments) {

    /**
     * Where one data set came from; sha256 is null when it was not computed (one-shot command);
     * columns: the file's header (trimmed, lower case), empty when not known.
     */
    public record SourceFile(InputKind kind, String fileName, String sha256, long rows, List<String> columns) {

        public SourceFile(InputKind kind, String fileName, String sha256, long rows) {
            this(kind, fileName, sha256, rows, List.of());
        }
    }

    /** The segment value of a customer with no value in either file (SPEC §7). */
    public static final String BLANK_SEGMENT = "(blank)";

    /**
     * Joins the exports and adds the warnings of SPEC §2 (customers missing from the customers
     * file). {@code segmentColumns}: the configured segment columns; those in neither file are left out.
     */
    public static Dataset join(CustomerDirectory customers, SalesTable sales, StockTable stock, Instant loadedAt,
                               List<SourceFile> sources, int maxListedWarnings, List<String> segmentColumns) {
        int count = sales.customerCount();
        int[] rowInCustomers = new int[count];
        IntStream.range(0, count).parallel().forEach(c -> rowInCustomers[c] = customers.row(sales.customerId(c)));
        Warnings unknown = new Warnings(maxListedWarnings);
        BitSet loyal = new BitSet(count);
        for (int c = 0; c < count; c++) {
            int row = rowInCustomers[c];
            if (row < 0) {
                unknown.add("customer " + sales.customerId(c) + " has sales but is not in the customers file");
            } else if (customers.loyal().get(row)) {
                loyal.set(c);
            }
        }
        List<String> warnings = new ArrayList<>(customers.warnings());
        warnings.addAll(sales.warnings());
        warnings.addAll(unknown.lines("customers missing from the customers file"));
        warnings.addAll(gapsInTheWeeks(sales));
        return new Dataset(customers, sales, stock, loadedAt, List.copyOf(sources), List.copyOf(warnings), loyal,
                segments(customers, sales, rowInCustomers, segmentColumns));
    }

    public String customerId(int customer) {
        return sales.customerId(customer);
    }

    /** Each segment column: the customers file's value, else the customer's last sales row's, else {@link #BLANK_SEGMENT}. */
    private static Map<String, String[]> segments(CustomerDirectory customers, SalesTable sales, int[] rowInCustomers,
                                                  List<String> segmentColumns) {
        Map<String, String[]> segments = new LinkedHashMap<>();
        for (String column : segmentColumns) {
            String[] fromCustomers = customers.segments().get(column);
            String[] fromSales = sales.segmentsOfLastRow().get(column);
            if (fromCustomers == null && fromSales == null) {
                continue;
            }
            String[] values = new String[rowInCustomers.length];
            IntStream.range(0, values.length).parallel().forEach(c -> {
                String value = fromCustomers != null && rowInCustomers[c] >= 0 ? fromCustomers[rowInCustomers[c]] : null;
                if (value == null && fromSales != null) {
                    value = fromSales[c];
                }
                values[c] = value == null ? BLANK_SEGMENT : value;
            });
            segments.put(column, values);
        }
        return segments;
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
