package org.rgo.ingest;

import org.rgo.config.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the three exports of SPEC §1: the one way in for the inbox, staged runs and the
 * one-shot command alike. A file with any problem is rejected whole with a
 * {@link RejectedFileException} naming file, line, column, value and rule.
 */
public final class ExportReader {

    private final List<String> segmentColumns;
    private final int maxListedProblems;
    private final int maxListedWarnings;
    private final int maxWeeks;
    private final long maxFileBytes;

    /**
     * {@code maxWeeks} bounds the distinct week_start_date values of a sales file: the sales table
     * holds customers × weeks cells, so a small file with thousands of distinct dates could
     * otherwise exhaust memory. A file of more than {@code maxFileBytes} is rejected unread.
     */
    public ExportReader(Settings settings, int maxListedProblems, int maxWeeks, long maxFileBytes) {
        this.segmentColumns = settings.portfolio().segmentColumns();
        this.maxListedProblems = maxListedProblems;
        this.maxListedWarnings = settings.maxListedWarnings();
        this.maxWeeks = maxWeeks;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Reads the three exports of one run; {@code names} are the names messages give them (a staged
     * copy is named after the file that was dropped).
     */
    public Exports read(Map<InputKind, Path> files, Map<InputKind, String> names) {
        CustomerDirectory customers = customers(files.get(InputKind.CUSTOMERS), names.get(InputKind.CUSTOMERS));
        SalesTable sales = sales(files.get(InputKind.SALES), names.get(InputKind.SALES), customers.size());
        return new Exports(customers, sales, stock(files.get(InputKind.STOCK), names.get(InputKind.STOCK)));
    }

    /** Reads {@code file} as {@code kind} only to check it: a bad file throws {@link RejectedFileException}. */
    public long check(InputKind kind, Path file) {
        return switch (kind) {
            case CUSTOMERS -> customers(file).rowCount();
            case SALES -> sales(file, 0).rowCount();
            case STOCK -> stock(file).rowCount();
        };
    }

    public CustomerDirectory customers(Path file) {
        return customers(file, file.getFileName().toString());
    }

    private CustomerDirectory customers(Path file, String name) {
        checkPlainFile(file, name);
        Problems problems = new Problems(name, maxListedProblems);
        Map<String, Integer> rowOf = new HashMap<>();
        BitSet loyal = new BitSet();
        Map<String, List<String>> segmentValues = new LinkedHashMap<>();
        Warnings duplicates = new Warnings(maxListedWarnings);
        try (CsvInput input = CsvInput.open(file, name, InputKind.CUSTOMERS, problems)) {
            int id = input.column("customer_id");
            int loyalty = input.column("loyalty_member");
            Map<String, Integer> segmentIndex = presentColumns(input);
            segmentIndex.keySet().forEach(column -> segmentValues.put(column, new java.util.ArrayList<>()));
            input.forEachRow(row -> {
                String customerId = required(row, id);
                if (customerId == null) {
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
        return sales(file, file.getFileName().toString(), expectedCustomers);
    }

    private SalesTable sales(Path file, String name, int expectedCustomers) {
        checkPlainFile(file, name);
        SalesTable clean = ParallelSalesReader.readIfClean(file, segmentColumns, expectedCustomers, maxWeeks);
        return clean != null ? clean : salesRowByRow(file, name, expectedCustomers);
    }

    /** The reference path: every rule checked row by row, problems and duplicates reported by line. */
    SalesTable salesRowByRow(Path file, int expectedCustomers) {
        return salesRowByRow(file, file.getFileName().toString(), expectedCustomers);
    }

    private SalesTable salesRowByRow(Path file, String name, int expectedCustomers) {
        Problems problems = new Problems(name, maxListedProblems);
        SalesTableBuilder table;
        try (CsvInput input = CsvInput.open(file, name, InputKind.SALES, problems)) {
            int id = input.column("customer_id");
            int week = input.column("week_start_date");
            int amount = input.column("weekly_spend");
            int store = input.column("store_id");
            int high = input.column("is_high_value_customer");
            Map<String, Integer> segmentIndex = presentColumns(input);
            int[] segmentAt = segmentIndex.values().stream().mapToInt(Integer::intValue).toArray();
            String[] segmentNames = segmentIndex.keySet().toArray(String[]::new);
            table = new SalesTableBuilder(List.of(segmentNames), expectedCustomers, maxListedWarnings);
            Set<Long> weeks = new HashSet<>();
            long[] lastDay = {Fields.NO_DATE};
            input.forEachRow(row -> {
                String customerId = required(row, id);
                long day = date(row, week);
                if (day != Fields.NO_DATE && day != lastDay[0]) {
                    lastDay[0] = day;
                    if (weeks.add(day) && weeks.size() == (long) maxWeeks + 1) {
                        row.problem(week, row.field(week), "more than " + maxWeeks
                                + " distinct weeks in one file (limit rgo.ingest.max-weeks); weekly data expected");
                    }
                }
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
                table.add(customerId, day, row.field(amount), spend, storeId, highValue, segments, row.line());
            });
        }
        problems.throwIfAny();
        return table.build();
    }

    public StockTable stock(Path file) {
        return stock(file, file.getFileName().toString());
    }

    private StockTable stock(Path file, String name) {
        checkPlainFile(file, name);
        Problems problems = new Problems(name, maxListedProblems);
        StockTable.Builder table = new StockTable.Builder();
        try (CsvInput input = CsvInput.open(file, name, InputKind.STOCK, problems)) {
            int store = input.column("store_id");
            int week = input.column("week_start");
            int onHand = input.column("on_hand_units");
            int sku = input.column("sku");
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
                table.add(storeId, day, sku < 0 ? "" : row.field(sku), value == 0);
            });
        }
        problems.throwIfAny();
        return table.build();
    }

    /**
     * Only a regular file of at most rgo.ingest.max-file-bytes is opened. A symbolic link could
     * make the service read, and quote in its error file, a file the dropper cannot read; a pipe
     * would block the reader forever.
     */
    private void checkPlainFile(Path file, String name) {
        if (Files.isSymbolicLink(file)) {
            throw reject(name, "is a symbolic link; drop the file itself");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw reject(name, "is not a regular file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
        if (size > maxFileBytes) {
            throw reject(name, "the file has " + size + " bytes, more than the limit of " + maxFileBytes
                    + " (rgo.ingest.max-file-bytes)");
        }
    }

    private static RejectedFileException reject(String name, String rule) {
        return new Problems(name, 1).reject(0, 0, null, null, rule);
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

    /** An identifier (customer_id, store_id): not empty, and free of control characters. */
    private static String required(CsvInput.Row row, int column) {
        String value = row.field(column);
        if (value.isEmpty()) {
            row.problem(column, value, "must not be empty");
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                row.problem(column, value, "must not contain control characters (tab, line break, NUL...)");
                return null;
            }
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
        if (value.isEmpty()) {
            row.problem(column, value, "must not be empty (write 0 for a week without spend)");
        } else if (Double.isNaN(amount)) {
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
