package org.rgo.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly sales export in compact form: one column of primitives per week, one slot per
 * customer. Memory grows with customers × weeks, not with the file's text. A slot with no row
 * holds NaN spend.
 */
public final class SalesTable {

    private final LocalDate[] weeks;
    private final String[] customerIds;
    private final double[][] spend;
    private final int[][] store;
    private final boolean[][] highValue;
    private final String[] storeIds;
    private final Map<String, Integer> storeIndex = new HashMap<>();
    private final Map<String, String[]> segmentsOfLastRow;
    private final long rowCount;
    private final List<String> warnings;

    SalesTable(LocalDate[] weeks, String[] customerIds, double[][] spend, int[][] store, boolean[][] highValue,
               String[] storeIds, Map<String, String[]> segmentsOfLastRow, long rowCount, List<String> warnings) {
        this.weeks = weeks;
        this.customerIds = customerIds;
        this.spend = spend;
        this.store = store;
        this.highValue = highValue;
        this.storeIds = storeIds;
        for (int i = 0; i < storeIds.length; i++) {
            storeIndex.put(storeIds[i], i);
        }
        this.segmentsOfLastRow = segmentsOfLastRow;
        this.rowCount = rowCount;
        this.warnings = warnings;
    }

    public int weekCount() {
        return weeks.length;
    }

    public LocalDate week(int index) {
        return weeks[index];
    }

    /** The as-of week (SPEC §1): the latest week_start_date in the file. */
    public int asOfWeek() {
        return weeks.length - 1;
    }

    public int customerCount() {
        return customerIds.length;
    }

    public String customerId(int customer) {
        return customerIds[customer];
    }

    public int storeCount() {
        return storeIds.length;
    }

    public String storeId(int storeIndex) {
        return storeIds[storeIndex];
    }

    /** Index of a store id, or -1 when no sales row names it. */
    public int storeIndex(String storeId) {
        return storeIndex.getOrDefault(storeId, -1);
    }

    public boolean hasRow(int week, int customer) {
        return !Double.isNaN(spend[week][customer]);
    }

    public double spend(int week, int customer) {
        return spend[week][customer];
    }

    public int store(int week, int customer) {
        return store[week][customer];
    }

    public boolean highValue(int week, int customer) {
        return highValue[week][customer];
    }

    /** Segment columns of the sales file, each with the value of every customer's last row. */
    public Map<String, String[]> segmentsOfLastRow() {
        return segmentsOfLastRow;
    }

    public long rowCount() {
        return rowCount;
    }

    /** Duplicate-row warnings found while reading. */
    public List<String> warnings() {
        return warnings;
    }
}
