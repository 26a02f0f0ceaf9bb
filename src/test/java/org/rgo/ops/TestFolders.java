package org.rgo.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** Real folders under target/ for the service under test, and waiting on what it does with them. */
final class TestFolders {

    static final Path SAMPLES = Path.of("samples");

    private TestFolders() {}

    /** Deletes {@code root} and everything in it. */
    static void clean(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a sample export into the inbox under a temporary name, then renames it, as an upstream would. */
    static void drop(String sample, Path inbox, String asName) {
        try {
            Files.createDirectories(inbox);
            Path temp = inbox.resolve("." + asName + ".part");
            Files.copy(SAMPLES.resolve(sample), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, inbox.resolve(asName), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void dropAllSamples(Path inbox) {
        for (String sample : List.of("retail_customers.csv", "retail_weekly_sales.csv", "stock_availability.csv")) {
            drop(sample, inbox, sample);
        }
    }

    /** The run folders in the outbox (hidden temporary folders excluded). */
    static List<Path> runFolders(Path outbox) {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(outbox)) {
            return paths.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("mail")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code condition} holds; fails naming what did not happen once the deadline passes. */
    static void awaitUntil(Duration deadline, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("gave up after " + deadline.toSeconds() + "s waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting until " + what);
            }
        }
    }
}
