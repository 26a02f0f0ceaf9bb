package org.rgo.golden;

import org.rgo.generate.GenerateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The input folders the golden outputs were recorded from. Generated sets are not committed: they
 * are written again with the project's generator (deterministic for a seed) plus small
 * deterministic edits, and {@link #manifest} holds the SHA-256 of every input file as recorded, so
 * that a changed generator is reported as changed inputs, never blamed on the analysis.
 */
public final class GoldenDataSets {

    public static final String CUSTOMERS = "retail_customers.csv";
    public static final String SALES = "retail_weekly_sales.csv";
    public static final String STOCK = "stock_availability.csv";
    public static final List<String> FILES = List.of(CUSTOMERS, SALES, STOCK);

    /** The shipped sample: 200 customers, 12 weeks, 2 stores, 15 SKUs, no gaps. */
    public static final String SAMPLE = "sample";
    /** 800 customers (one without sales), 14 weeks, 3 stores, 6 SKUs, rows in customer-week order. */
    public static final String GENERATED_SORTED = "generated-sorted";
    /** The same rows as {@link #GENERATED_SORTED} in the generator's shuffled order: outputs must match it. */
    public static final String GENERATED_SHUFFLED = "generated-shuffled";
    /**
     * 1,500 customers, 20 weeks, 5 stores, 10 SKUs: ~1,100 missing customer-weeks inside series, ~170
     * late joiners, ~70 store moves, ~70 vanished customers; store-weeks with exactly 3 of 10 SKUs
     * out, on the edge of {@code rgo.stockout.min-share=0.3}.
     */
    public static final String GAPS_JOINERS_MOVES = "gaps-joiners-moves";
    /** 400 customers over 5 weeks: every baseline window is partial, late joiners have n < CW. */
    public static final String SHORT_SERIES = "short-series";
    /** 600 customers, 12 weeks, with ~180 (customer, week) rows repeated at the end of the file. */
    public static final String DUPLICATE_ROWS = "duplicate-rows";
    /** The same base as {@link #DUPLICATE_ROWS}, without every 23rd line of the customers file. */
    public static final String CUSTOMERS_MISSING = "customers-missing";

    public static final List<String> ALL = List.of(SAMPLE, GENERATED_SORTED, GENERATED_SHUFFLED, GAPS_JOINERS_MOVES,
            SHORT_SERIES, DUPLICATE_ROWS, CUSTOMERS_MISSING);

    /** Every {@value #DUPLICATED_EVERY}th sales row is written again at the end with another spend. */
    static final int DUPLICATED_EVERY = 37;
    /** Every {@value #DROPPED_EVERY}th customer row is left out of the customers file. */
    static final int DROPPED_EVERY = 23;

    private GoldenDataSets() {}

    /** Writes every set into {@code root}/{@code <set>}/, replacing what was there. */
    public static void writeAll(Path root, Path samples) {
        Path scratch = root.resolve(".base-duplicates-and-missing");
        generate(scratch, 600, 12, 3, 5, 23, false);
        for (String set : ALL) {
            Path folder = emptied(root.resolve(set));
            switch (set) {
                case SAMPLE -> FILES.forEach(file -> copy(samples.resolve(file), folder.resolve(file)));
                case GENERATED_SORTED -> generate(folder, 800, 14, 3, 6, 11, false);
                case GENERATED_SHUFFLED -> generate(folder, 800, 14, 3, 6, 11, true);
                case GAPS_JOINERS_MOVES -> generate(folder, 1500, 20, 5, 10, 42, false);
                case SHORT_SERIES -> generate(folder, 400, 5, 2, 4, 5, false);
                case DUPLICATE_ROWS -> {
                    copy(scratch.resolve(CUSTOMERS), folder.resolve(CUSTOMERS));
                    copy(scratch.resolve(STOCK), folder.resolve(STOCK));
                    writeLines(folder.resolve(SALES), withRepeatedRows(readLines(scratch.resolve(SALES))));
                }
                case CUSTOMERS_MISSING -> {
                    copy(scratch.resolve(SALES), folder.resolve(SALES));
                    copy(scratch.resolve(STOCK), folder.resolve(STOCK));
                    writeLines(folder.resolve(CUSTOMERS), withoutSomeCustomers(readLines(scratch.resolve(CUSTOMERS))));
                }
                default -> throw new IllegalStateException("no recipe for set " + set);
            }
        }
        deleteTree(scratch);
    }

    /**
     * The sales rows, then every {@value #DUPLICATED_EVERY}th of them again with a new spend: 60% of
     * the old one plus 1.11, zero for every fifth repeat (a zero week that exists only as the later
     * row), and on every third repeat store 101 as well, so the later row's store must win too.
     */
    static List<String> withRepeatedRows(List<String> lines) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int spendAt = header.indexOf("weekly_spend");
        int storeAt = header.indexOf("store_id");
        List<String> result = new ArrayList<>(lines);
        int repeats = 0;
        for (int row = 1; row < lines.size(); row += DUPLICATED_EVERY) {
            String[] fields = lines.get(row).split(",", -1);
            long cents = new BigDecimal(fields[spendAt]).movePointRight(2).longValueExact();
            long newCents = repeats % 5 == 4 ? 0 : cents * 3 / 5 + 111;
            fields[spendAt] = BigDecimal.valueOf(newCents, 2).toPlainString();
            if (repeats % 3 == 2) {
                fields[storeAt] = "101";
            }
            result.add(String.join(",", fields));
            repeats++;
        }
        return result;
    }

    /** The customers file without every {@value #DROPPED_EVERY}th customer row (header kept). */
    static List<String> withoutSomeCustomers(List<String> lines) {
        List<String> result = new ArrayList<>();
        result.add(lines.get(0));
        for (int row = 1; row < lines.size(); row++) {
            if (row % DROPPED_EVERY != 0) {
                result.add(lines.get(row));
            }
        }
        return result;
    }

    /** SHA-256 of every input file, keyed {@code <set>/<file>}, in {@link #ALL} order. */
    public static Map<String, String> sha256(Path root) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String set : ALL) {
            for (String file : FILES) {
                hashes.put(set + "/" + file, sha256Of(root.resolve(set).resolve(file)));
            }
        }
        return hashes;
    }

    /** The manifest file's lines, in the format of {@code sha256sum}: {@code <hex>  <set>/<file>}. */
    public static List<String> manifest(Map<String, String> hashes) {
        return hashes.entrySet().stream().map(e -> e.getValue() + "  " + e.getKey()).toList();
    }

    /** A manifest read back: {@code <set>/<file>} → hex digest. */
    public static Map<String, String> parseManifest(List<String> lines) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                hashes.put(line.substring(line.indexOf("  ") + 2).trim(), line.substring(0, line.indexOf("  ")));
            }
        }
        return hashes;
    }

    private static void generate(Path folder, int customers, int weeks, int stores, int skus, long seed,
                                 boolean shuffle) {
        List<String> args = new ArrayList<>(List.of("generate", "--customers", Integer.toString(customers),
                "--weeks", Integer.toString(weeks), "--stores", Integer.toString(stores), "--skus",
                Integer.toString(skus), "--seed", Long.toString(seed), "--out", folder.toString()));
        if (shuffle) {
            args.add("--shuffle");
        }
        int exit = GenerateCommand.run(args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("generate " + args + " exited with " + exit);
        }
    }

    private static String sha256Of(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The generator writes ASCII with "\n" after every line; the edited files keep that. */
    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLines(Path file, List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code folder}, created empty (whatever was in it deleted). */
    public static Path emptied(Path folder) {
        deleteTree(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
