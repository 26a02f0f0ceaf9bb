package org.rgo.gate;

import org.rgo.generate.GenerateCommand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Export folders for the gate's tests: the shipped sample or a generated set, and the faults of
 * issue 15 made from them. The files are the sample's and the generator's, which quote nothing, so
 * a row is its comma-separated fields.
 */
public final class Exports {

    public static final String CUSTOMERS = "retail_customers.csv";
    public static final String SALES = "retail_weekly_sales.csv";
    public static final String STOCK = "stock_availability.csv";
    public static final List<String> FILES = List.of(CUSTOMERS, SALES, STOCK);

    private Exports() {}

    public static Path sample(Path dir) {
        copy(Path.of("samples"), dir);
        return dir;
    }

    /** {@code generate --customers c --weeks w --stores s --skus k --seed x [--shuffle]} into {@code dir}. */
    public static Path generated(Path dir, int customers, int weeks, int stores, int skus, long seed, boolean shuffle) {
        List<String> args = new ArrayList<>(List.of("generate", "--customers", "" + customers, "--weeks", "" + weeks,
                "--stores", "" + stores, "--skus", "" + skus, "--seed", "" + seed, "--out", dir.toString()));
        if (shuffle) {
            args.add("--shuffle");
        }
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            if (GenerateCommand.run(args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("generate failed: " + args);
            }
        } finally {
            System.setOut(out);
        }
        return dir;
    }

    /** A copy of the three files of {@code from} in {@code to}. */
    public static Path copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            for (String file : FILES) {
                Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** The export job died part-way through the last week: {@code share} of its rows are gone. */
    public static Path truncatedLastWeek(Path from, Path to, double share, long seed) {
        copy(from, to);
        Table sales = Table.read(to.resolve(SALES));
        String asOf = sales.asOfWeek();
        List<String[]> last = sales.rows.stream().filter(r -> r[sales.at("week_start_date")].equals(asOf)).toList();
        List<String[]> removed = new ArrayList<>(last);
        java.util.Collections.shuffle(removed, new Random(seed));
        removed = removed.subList(0, (int) Math.round(last.size() * share));
        sales.rows.removeAll(removed);
        sales.write(to.resolve(SALES));
        return to;
    }

    /** One store's feed is missing in the as-of week: its sales and stock rows of that week are gone. */
    public static Path storeMissing(Path from, Path to, String store) {
        copy(from, to);
        Table sales = Table.read(to.resolve(SALES));
        String asOf = sales.asOfWeek();
        sales.rows.removeIf(r -> r[sales.at("week_start_date")].equals(asOf) && r[sales.at("store_id")].equals(store));
        sales.write(to.resolve(SALES));
        Table stock = Table.read(to.resolve(STOCK));
        stock.rows.removeIf(r -> r[stock.at("week_start")].equals(asOf) && r[stock.at("store_id")].equals(store));
        stock.write(to.resolve(STOCK));
        return to;
    }

    /** The last store id of the sales file (the one with most digits last, as the sample's 102). */
    public static String lastStore(Path dir) {
        Table sales = Table.read(dir.resolve(SALES));
        return new TreeSet<>(sales.rows.stream().map(r -> r[sales.at("store_id")]).toList()).last();
    }

    /** An old export dropped again: the sales file without its last week, so its as-of week is a week older. */
    public static Path oldWeekReexported(Path from, Path to) {
        copy(from, to);
        Table sales = Table.read(to.resolve(SALES));
        String asOf = sales.asOfWeek();
        sales.rows.removeIf(r -> r[sales.at("week_start_date")].equals(asOf));
        sales.write(to.resolve(SALES));
        return to;
    }

    public static Path columnGone(Path from, Path to, String file, String column) {
        copy(from, to);
        Table table = Table.read(to.resolve(file));
        int at = table.at(column);
        Table without = new Table(remove(table.header, at), new ArrayList<>(table.rows.stream().map(r -> remove(r, at))
                .toList()));
        without.write(to.resolve(file));
        return to;
    }

    /** The customers file cut after its first half of rows. */
    public static Path customersHalved(Path from, Path to) {
        copy(from, to);
        Table customers = Table.read(to.resolve(CUSTOMERS));
        Table half = new Table(customers.header, new ArrayList<>(customers.rows.subList(0, customers.rows.size() / 2)));
        half.write(to.resolve(CUSTOMERS));
        return to;
    }

    /** The as-of week's spend came in cents: every spend of that week × 100. */
    public static Path spendTimes100(Path from, Path to) {
        copy(from, to);
        Table sales = Table.read(to.resolve(SALES));
        String asOf = sales.asOfWeek();
        int spend = sales.at("weekly_spend");
        for (String[] row : sales.rows) {
            if (row[sales.at("week_start_date")].equals(asOf)) {
                row[spend] = new java.math.BigDecimal(row[spend]).movePointRight(2).toPlainString();
            }
        }
        sales.write(to.resolve(SALES));
        return to;
    }

    /** The first {@code weeks} weeks of the sales file only: the export of an earlier week. */
    public static Path firstWeeks(Path from, Path to, int weeks) {
        copy(from, to);
        Table sales = Table.read(to.resolve(SALES));
        TreeSet<String> kept = new TreeSet<>(sales.rows.stream().map(r -> r[sales.at("week_start_date")]).toList());
        while (kept.size() > weeks) {
            kept.pollLast();
        }
        sales.rows.removeIf(r -> !kept.contains(r[sales.at("week_start_date")]));
        sales.write(to.resolve(SALES));
        Table stock = Table.read(to.resolve(STOCK));
        stock.rows.removeIf(r -> r[stock.at("week_start")].compareTo(kept.last()) > 0);
        stock.write(to.resolve(STOCK));
        return to;
    }

    private static String[] remove(String[] fields, int at) {
        List<String> list = new ArrayList<>(Arrays.asList(fields));
        list.remove(at);
        return list.toArray(String[]::new);
    }

    /** A file's header and rows, for editing. */
    public record Table(String[] header, List<String[]> rows) {

        public static Table read(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String[]> rows = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isEmpty()) {
                        rows.add(line.split(",", -1));
                    }
                }
                return new Table(lines.get(0).split(",", -1), rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public int at(String column) {
            int at = Arrays.asList(header).indexOf(column);
            if (at < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + Arrays.toString(header));
            }
            return at;
        }

        public String asOfWeek() {
            return rows.stream().map(r -> r[at("week_start_date")]).max(String::compareTo).orElseThrow();
        }

        public void write(Path file) {
            StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
            rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
