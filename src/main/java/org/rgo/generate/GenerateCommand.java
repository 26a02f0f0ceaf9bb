package org.rgo.generate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate --customers N --weeks W --stores S --skus K --seed X --out DIR [--shuffle]}:
 * writes a synthetic data set with the sample's columns, for benchmarks and tests.
 */
public final class GenerateCommand {

    public static final String USAGE = "usage: generate --customers N --weeks W --stores S --skus K --seed X "
            + "--out DIR [--shuffle]";

    private static final Set<String> VALUED = Set.of("--customers", "--weeks", "--stores", "--skus", "--seed", "--out");

    private GenerateCommand() {}

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        GeneratorOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            return 64;
        }
        long start = System.nanoTime();
        DataGenerator.Written written = new DataGenerator(options).write();
        System.out.printf("Wrote %d customers, %d sales rows, %d stock rows%s into %s in %.1f s%n",
                written.customers(), written.sales(), written.stock(), options.shuffle() ? " (shuffled)" : "",
                options.out(), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    static GeneratorOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        boolean shuffle = false;
        for (int i = 1; i < args.length; i++) {
            String key = args[i];
            if (key.equals("--shuffle")) {
                shuffle = true;
            } else if (VALUED.contains(key) && i + 1 < args.length) {
                values.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + key);
            }
        }
        if (!values.keySet().containsAll(VALUED)) {
            throw new IllegalArgumentException("every option except --shuffle is required");
        }
        return new GeneratorOptions(integer(values, "--customers"), integer(values, "--weeks"),
                integer(values, "--stores"), integer(values, "--skus"), Long.parseLong(values.get("--seed")),
                Path.of(values.get("--out")), shuffle, GeneratorOptions.SAMPLE_AS_OF_WEEK);
    }

    private static int integer(Map<String, String> values, String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number");
        }
    }
}
