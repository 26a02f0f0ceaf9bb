package org.rgo.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects sales rows in any order into a {@link SalesTable}; the later of two rows for one key wins. */
final class SalesTableBuilder {

    private final Map<String, Integer> customers = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private final Map<String, Integer> stores = new HashMap<>();
    private final List<String> storeIds = new ArrayList<>();
    private final Map<Long, Integer> weekColumns = new HashMap<>();
    private final List<Long> weekDays = new ArrayList<>();
    private final List<long[]> cells = new ArrayList<>();
    private final List<Double> overflowSpend = new ArrayList<>();
    private final String[] segmentColumns;
    private final Map<String, String> segmentValues = new HashMap<>();
    private String[][] segmentsOfLastRow;
    private long[] lastRowDay;
    private final Warnings duplicates;
    private int capacity;
    private long rows;
    private long cachedDay = Long.MIN_VALUE;
    private int cachedColumn;

    SalesTableBuilder(List<String> segmentColumns, int expectedCustomers, int maxListedWarnings) {
        this.segmentColumns = segmentColumns.toArray(String[]::new);
        this.capacity = Math.max(16, expectedCustomers);
        this.segmentsOfLastRow = new String[this.segmentColumns.length][capacity];
        this.lastRowDay = new long[capacity];
        this.duplicates = new Warnings(maxListedWarnings);
    }

    /** {@code spendText} is a checked plain decimal (SPEC §1), {@code amount} its value. */
    void add(String customerId, long epochDay, String spendText, double amount, String storeId, boolean high,
             String[] segments, long line) {
        rows++;
        int customer = customerIndex(customerId);
        int column = weekColumn(epochDay);
        long[] week = cells.get(column);
        if (SalesCell.hasRow(week[customer])) {
            duplicates.add("duplicate row for customer " + customerId + " week " + LocalDate.ofEpochDay(epochDay)
                    + " (line " + line + "): the later row wins");
        }
        long spend = SalesCell.decimal(spendText);
        if (spend < 0) {
            overflowSpend.add(amount);
            spend = SalesCell.overflow(overflowSpend.size() - 1);
        }
        week[customer] = SalesCell.of(spend, high, stores.computeIfAbsent(storeId, this::newStore));
        if (epochDay >= lastRowDay[customer]) {
            lastRowDay[customer] = epochDay;
            for (int s = 0; s < segments.length; s++) {
                segmentsOfLastRow[s][customer] = segments[s] == null ? null
                        : segmentValues.computeIfAbsent(segments[s], v -> v);
            }
        }
    }

    SalesTable build() {
        int customerCount = customerIds.size();
        Integer[] order = new Integer[weekDays.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(weekDays.get(a), weekDays.get(b)));
        LocalDate[] weeks = new LocalDate[order.length];
        long[][] cellsByWeek = new long[order.length][];
        for (int w = 0; w < order.length; w++) {
            weeks[w] = LocalDate.ofEpochDay(weekDays.get(order[w]));
            cellsByWeek[w] = Arrays.copyOf(cells.get(order[w]), customerCount);
        }
        Map<String, String[]> segments = new LinkedHashMap<>();
        for (int s = 0; s < segmentColumns.length; s++) {
            segments.put(segmentColumns[s], Arrays.copyOf(segmentsOfLastRow[s], customerCount));
        }
        return new SalesTable(weeks, customerIds.toArray(String[]::new), cellsByWeek,
                overflowSpend.stream().mapToDouble(Double::doubleValue).toArray(), storeIds.toArray(String[]::new),
                segments, rows, duplicates.lines("duplicate sales rows"));
    }

    private int customerIndex(String customerId) {
        Integer known = customers.get(customerId);
        if (known != null) {
            return known;
        }
        int index = customerIds.size();
        if (index == capacity) {
            grow();
        }
        customers.put(customerId, index);
        customerIds.add(customerId);
        lastRowDay[index] = Long.MIN_VALUE;
        return index;
    }

    private int weekColumn(long epochDay) {
        if (epochDay == cachedDay) {
            return cachedColumn;
        }
        Integer column = weekColumns.get(epochDay);
        if (column == null) {
            column = weekDays.size();
            weekColumns.put(epochDay, column);
            weekDays.add(epochDay);
            cells.add(new long[capacity]);
        }
        cachedDay = epochDay;
        cachedColumn = column;
        return column;
    }

    private int newStore(String storeId) {
        if (storeIds.size() == SalesCell.MAX_STORES) {
            throw new IllegalStateException("more than " + SalesCell.MAX_STORES + " distinct store ids");
        }
        storeIds.add(storeId);
        return storeIds.size() - 1;
    }

    private void grow() {
        capacity *= 2;
        cells.replaceAll(week -> Arrays.copyOf(week, capacity));
        for (int s = 0; s < segmentsOfLastRow.length; s++) {
            segmentsOfLastRow[s] = Arrays.copyOf(segmentsOfLastRow[s], capacity);
        }
        lastRowDay = Arrays.copyOf(lastRowDay, capacity);
    }
}
