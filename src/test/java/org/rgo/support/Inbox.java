package org.rgo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service's real inbox, as an upstream exporter fills it and an operator reads it: files are
 * dropped whole (written under a hidden name, then renamed), accepted ones land in .done/, rejected
 * ones in .error/ beside their .error.txt, the staged data sets in .staging/.
 */
public final class Inbox {

    /** The shipped 12-week sample export (200 customers, 2 stores). */
    public static final Path SAMPLES = Path.of("samples");
    /** The sample's customers export, also the name its data set is staged under. */
    public static final String CUSTOMERS = "retail_customers.csv";
    /** The sample's weekly sales export (2,400 rows, 12 weeks). */
    public static final String SALES = "retail_weekly_sales.csv";
    /** The sample's stock export (360 rows). */
    public static final String STOCK = "stock_availability.csv";

    private final Path dir;

    /** The inbox folder {@code dir} (created by the first drop). */
    public Inbox(Path dir) {
        this.dir = dir;
    }

    /** The inbox folder itself. */
    public Path dir() {
        return dir;
    }

    /** Where accepted files go. */
    public Path done() {
        return dir.resolve(".done");
    }

    /** Where rejected files go, each with its {@code .error.txt}. */
    public Path error() {
        return dir.resolve(".error");
    }

    /** The staging area: one copy per data set, its .sha256, and last-run. */
    public Path staging() {
        return dir.resolve(".staging");
    }

    /** Drops {@code content} as {@code name}: written under a hidden name, then renamed, so it appears whole. */
    public Path drop(String name, byte[] content) {
        try {
            Files.createDirectories(dir);
            Path hidden = dir.resolve(".dropping-" + Integer.toHexString(name.hashCode()));
            Files.write(hidden, content);
            return Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops {@code content} (UTF-8) as {@code name}. */
    public Path drop(String name, String content) {
        return drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Drops {@code lines}, each ended by '\n', as {@code name}. */
    public Path drop(String name, List<String> lines) {
        return drop(name, String.join("\n", lines) + "\n");
    }

    /** Drops a file time-stamped {@code secondsAgo} in the past: the service takes older files first. */
    public Path dropAged(String name, byte[] content, long secondsAgo) {
        Path file = drop(name, content);
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Drops the three files of the sample export under their own names. */
    public void dropSample() {
        for (String name : List.of(CUSTOMERS, SALES, STOCK)) {
            drop(name, sample(name));
        }
    }

    /** The bytes of one sample file ({@link #CUSTOMERS}, {@link #SALES}, {@link #STOCK}). */
    public static byte[] sample(String name) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one sample file, header first. */
    public static List<String> sampleLines(String name) {
        try {
            return Files.readAllLines(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files dropped as {@code nameNoExt}.csv were accepted (moved to .done/ with their taken time). */
    public long doneCount(String nameNoExt) {
        return Folders.names(done()).stream().filter(n -> n.startsWith(nameNoExt + ".")).count();
    }

    /** Waits until files dropped as {@code nameNoExt}.csv were accepted {@code times} times in all. */
    public void awaitAccepted(String nameNoExt, long times) {
        Await.until(nameNoExt + " accepted " + times + " time(s) into " + done(), () -> doneCount(nameNoExt) >= times);
    }

    /**
     * Waits until the file dropped as {@code nameNoExt}.csv is rejected: moved into .error/ beside its
     * .error.txt (the service writes the report first, then moves the file); the report.
     */
    public String awaitRejection(String nameNoExt) {
        return Await.value(nameNoExt + " rejected into " + error(), () -> {
            List<String> names = Folders.names(error()).stream().filter(n -> n.startsWith(nameNoExt + ".")).toList();
            Optional<String> report = names.stream().filter(n -> n.endsWith(".error.txt")).findFirst();
            boolean moved = names.stream().anyMatch(n -> !n.endsWith(".error.txt"));
            return moved ? report.map(n -> Folders.read(error().resolve(n))) : Optional.empty();
        });
    }

    /** The fingerprint of the staged set last run ("" before any): changes when a run is marked done. */
    public String lastRun() {
        Path lastRun = staging().resolve("last-run");
        return Files.exists(lastRun) ? Folders.read(lastRun) : "";
    }

    /**
     * Waits until a run of the staged set is marked done (last-run differs from {@code previous},
     * "" for none): after that no run is in flight, so stopping the service does not wait for one.
     */
    public void awaitRunMarked(String previous) {
        Await.until("a run marked done in " + staging().resolve("last-run"), () -> !lastRun().equals(previous));
    }

    /** The SHA-256 recorded for the staged version of a data set ("retail_customers", ...). */
    public String stagedSha256(String dataSet) {
        return Folders.read(staging().resolve(dataSet + ".sha256")).split(" ")[0];
    }
}
