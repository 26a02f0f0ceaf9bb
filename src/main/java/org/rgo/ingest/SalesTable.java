package org.rgo.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly sales export in compact form: one column of packed {@link SalesCell}s per week, one
 * slot per customer, 8 bytes a cell. Memory grows with customers × weeks, not with the file's text.
 */
public final class SalesTable {

    private final LocalDate[] weeks;
    private final String[] customerIds;
    private final long[][] cells;
    private final double[] overflowSpend;
    private final String[] storeIds;
    private final Map<String, Integer> storeIndex = new HashMap<>();
    private final Map<String, String[]> segmentsOfLastRow;
    private final long rowCount;
    private final List<String> warnings;

    SalesTable(LocalDate[] weeks, String[] customerIds, long[][] cells, double[] overflowSpend, String[] storeIds,
               Map<String, String[]> segmentsOfLastRow, long rowCount, List<String> warnings) {
        this.weeks = weeks;
        this.customerIds = customerIds;
        this.cells = cells;
        this.overflowSpend = overflowSpend;
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

    /** The packed cell of a customer's week; {@link SalesCell#NO_ROW} when the file has no row for it. */
    public long cell(int week, int customer) {
        return cells[week][customer];
    }

    /** The spend a cell holds. */
    public double spend(long cell) {
        return SalesCell.spend(cell, overflowSpend);
    }

    public boolean hasRow(int week, int customer) {
        return SalesCell.hasRow(cells[week][customer]);
    }

    /** A customer's spend in a week; NaN when the file has no row for it. */
    public double spend(int week, int customer) {
        long cell = cells[week][customer];
        return SalesCell.hasRow(cell) ? spend(cell) : Double.NaN;
    }

    /** The store index of a customer's row in a week; -1 when there is no row. */
    public int store(int week, int customer) {
        return SalesCell.store(cells[week][customer]);
    }

    public boolean highValue(int week, int customer) {
        return SalesCell.highValue(cells[week][customer]);
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
