package org.rgo.ingest;

import org.rgo.config.Settings;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the three exports of SPEC §1. A file with any problem is rejected whole with a
 * {@link RejectedFileException} naming file, line, column, value and rule.
 */
public final class ExportReader {

    private final List<String> segmentColumns;
    private final int maxListedProblems;
    private final int maxListedWarnings;

    public ExportReader(Settings settings, int maxListedProblems) {
        this.segmentColumns = settings.portfolio().segmentColumns();
        this.maxListedProblems = maxListedProblems;
        this.maxListedWarnings = settings.maxListedWarnings();
    }

    /** Reads {@code file} as {@code kind}; the result is a {@link CustomerDirectory}, {@link SalesTable} or {@link StockTable}. */
    public Object read(InputKind kind, Path file) {
        return switch (kind) {
            case CUSTOMERS -> customers(file);
            case SALES -> sales(file, 0);
            case STOCK -> stock(file);
        };
    }

    public CustomerDirectory customers(Path file) {
        Problems problems = problems(file);
        Map<String, Integer> rowOf = new HashMap<>();
        BitSet loyal = new BitSet();
        Map<String, List<String>> segmentValues = new LinkedHashMap<>();
        Warnings duplicates = new Warnings(maxListedWarnings);
        try (CsvInput input = CsvInput.open(file, InputKind.CUSTOMERS, problems)) {
            int id = input.column("customer_id");
            int loyalty = input.column("loyalty_member");
            Map<String, Integer> segmentIndex = presentColumns(input);
            segmentIndex.keySet().forEach(column -> segmentValues.put(column, new java.util.ArrayList<>()));
            input.forEachRow(row -> {
                String customerId = row.field(id);
                if (customerId.isEmpty()) {
                    row.problem(id, customerId, "customer_id must not be empty");
                    return;
                }
                Boolean member = loyalty < 0 ? Boolean.FALSE : optionalBool(row, loyalty);
                if (member == null) {
                    return;
                }
                Integer previous = rowOf.get(customerId);
                int index = previous != null ? previous : rowOf.size();
                if (previous != null) {
                    duplicates.add("customer " + customerId + " is listed twice in " + input.fileName()
                            + " (line " + row.line() + "): the later row wins");
                }
                rowOf.put(customerId, index);
                loyal.set(index, member);
                segmentIndex.forEach((column, at) -> {
                    List<String> values = segmentValues.get(column);
                    String value = segmentValue(column, row.field(at));
                    if (index < values.size()) {
                        values.set(index, value);
                    } else {
                        values.add(value);
                    }
                });
            });
        }
        problems.throwIfAny();
        Map<String, String[]> segments = new LinkedHashMap<>();
        segmentValues.forEach((column, values) -> segments.put(column, values.toArray(String[]::new)));
        return new CustomerDirectory(rowOf, loyal, segments, rowOf.size(), duplicates.lines("duplicate customers"));
    }

    /** Reads the sales export; {@code expectedCustomers} pre-sizes the table (0 when unknown). */
    public SalesTable sales(Path file, int expectedCustomers) {
        SalesTable clean = ParallelSalesReader.readIfClean(file, segmentColumns, expectedCustomers, Integer.MAX_VALUE);
        return clean != null ? clean : salesRowByRow(file, expectedCustomers);
    }

    /** The reference path: every rule checked row by row, problems and duplicates reported by line. */
    SalesTable salesRowByRow(Path file, int expectedCustomers) {
        Problems problems = problems(file);
        SalesTableBuilder table;
        try (CsvInput input = CsvInput.open(file, InputKind.SALES, problems)) {
            int id = input.column("customer_id");
            int week = input.column("week_start_date");
            int amount = input.column("weekly_spend");
            int store = input.column("store_id");
            int high = input.column("is_high_value_customer");
            Map<String, Integer> segmentIndex = presentColumns(input);
            int[] segmentAt = segmentIndex.values().stream().mapToInt(Integer::intValue).toArray();
            String[] segmentNames = segmentIndex.keySet().toArray(String[]::new);
            table = new SalesTableBuilder(List.of(segmentNames), expectedCustomers, maxListedWarnings);
            input.forEachRow(row -> {
                String customerId = required(row, id);
                long day = date(row, week);
                double spend = money(row, amount);
                String storeId = required(row, store);
                Boolean highValue = high < 0 ? Boolean.FALSE : optionalBool(row, high);
                if (customerId == null || day == Fields.NO_DATE || Double.isNaN(spend) || storeId == null
                        || highValue == null || problems.any()) {
                    return;
                }
                String[] segments = new String[segmentAt.length];
                for (int s = 0; s < segmentAt.length; s++) {
                    segments[s] = segmentValue(segmentNames[s], row.field(segmentAt[s]));
                }
                table.add(customerId, day, spend, storeId, highValue, segments, row.line());
            });
        }
        problems.throwIfAny();
        return table.build();
    }

    public StockTable stock(Path file) {
        Problems problems = problems(file);
        Map<String, Map<Long, StockTable.SkuCounts>> counts = new HashMap<>();
        long[] rows = {0};
        try (CsvInput input = CsvInput.open(file, InputKind.STOCK, problems)) {
            int store = input.column("store_id");
            int week = input.column("week_start");
            int onHand = input.column("on_hand_units");
            input.forEachRow(row -> {
                String storeId = required(row, store);
                long day = date(row, week);
                String units = row.field(onHand);
                long value = Fields.count(units);
                if (value < 0) {
                    row.problem(onHand, units, "on_hand_units must be a whole number >= 0");
                }
                if (storeId == null || day == Fields.NO_DATE || value < 0) {
                    return;
                }
                rows[0]++;
                counts.computeIfAbsent(storeId, s -> new HashMap<>())
                        .merge(day, new StockTable.SkuCounts(1, value == 0 ? 1 : 0), (a, b) -> a.plus(value == 0));
            });
        }
        problems.throwIfAny();
        return new StockTable(counts, rows[0]);
    }

    private Problems problems(Path file) {
        return new Problems(file.getFileName().toString(), maxListedProblems);
    }

    private Map<String, Integer> presentColumns(CsvInput input) {
        Map<String, Integer> present = new LinkedHashMap<>();
        for (String column : segmentColumns) {
            int at = input.column(column);
            if (at >= 0) {
                present.put(column, at);
            }
        }
        return present;
    }

    /** Booleans are normalised to true/false so that "True" and "1" fall in one segment. */
    private static String segmentValue(String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        Boolean asBool = column.equals("loyalty_member") ? Fields.bool(value) : null;
        return asBool != null ? asBool.toString() : value;
    }

    private static String required(CsvInput.Row row, int column) {
        String value = row.field(column);
        if (value.isEmpty()) {
            row.problem(column, value, "must not be empty");
            return null;
        }
        return value;
    }

    private static long date(CsvInput.Row row, int column) {
        String value = row.field(column);
        long day = Fields.epochDay(value);
        if (day == Fields.NO_DATE) {
            row.problem(column, value, "must be a date yyyy-MM-dd");
        }
        return day;
    }

    private static double money(CsvInput.Row row, int column) {
        String value = row.field(column);
        double amount = Fields.money(value);
        if (Double.isNaN(amount)) {
            row.problem(column, value, value.startsWith("-") ? "money must be >= 0"
                    : "money must be a plain decimal such as 12.50");
        }
        return amount;
    }

    private static Boolean optionalBool(CsvInput.Row row, int column) {
        String value = row.field(column);
        if (value.isEmpty()) {
            return Boolean.FALSE;
        }
        Boolean parsed = Fields.bool(value);
        if (parsed == null) {
            row.problem(column, value, "must be true/false, 1/0 or yes/no");
        }
        return parsed;
    }
}
