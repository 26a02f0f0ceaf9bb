package org.rgo.hardening.support;

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

/** A service's real inbox: files are dropped whole (written under a hidden name, then renamed). */
public final class Inbox {

    public static final Path SAMPLES = Path.of("samples");
    public static final String CUSTOMERS = "retail_customers.csv";
    public static final String SALES = "retail_weekly_sales.csv";
    public static final String STOCK = "stock_availability.csv";

    private final Path dir;

    public Inbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path done() {
        return dir.resolve(".done");
    }

    public Path error() {
        return dir.resolve(".error");
    }

    public Path staging() {
        return dir.resolve(".staging");
    }

    public Path drop(String name, byte[] content) {
        try {
            Files.createDirectories(dir);
            Path hidden = dir.resolve(".dropping-" + Math.abs(name.hashCode()));
            Files.write(hidden, content);
            return Files.move(hidden, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path drop(String name, String content) {
        return drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Path drop(String name, List<String> lines) {
        return drop(name, String.join("\n", lines) + "\n");
    }

    /** Drops a file whose time stamp is {@code secondsAgo} in the past, so files are taken in that order. */
    public Path dropAged(String name, byte[] content, long secondsAgo) {
        Path file = drop(name, content);
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Drops the shipped 12-week sample (the three files, under their own names). */
    public void dropSample() {
        for (String name : List.of(CUSTOMERS, SALES, STOCK)) {
            drop(name, sample(name));
        }
    }

    public static byte[] sample(String name) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sampleLines(String name) {
        try {
            return Files.readAllLines(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepted files whose moved name starts with {@code nameNoExt} + "." (the taken time follows). */
    public long doneCount(String nameNoExt) {
        return Folders.names(done()).stream().filter(n -> n.startsWith(nameNoExt + ".")).count();
    }

    /** The error report for a rejected file, once it exists. */
    public Optional<String> errorReport(String nameNoExt) {
        return Folders.names(error()).stream()
                .filter(n -> n.startsWith(nameNoExt + ".") && n.endsWith(".error.txt"))
                .findFirst().map(n -> Folders.read(error().resolve(n)));
    }

    /** Waits for the rejection of the file dropped as {@code nameNoExt}.csv and returns its report. */
    public String awaitRejection(String nameNoExt) {
        return Await.value(nameNoExt + " rejected into " + error(), () -> errorReport(nameNoExt));
    }

    public void awaitAccepted(String nameNoExt, long times) {
        Await.until(nameNoExt + " accepted " + times + " time(s) into " + done(), () -> doneCount(nameNoExt) >= times);
    }

    /**
     * Waits until the service has recorded a finished run of the staged set (last-run differs from
     * {@code previous}, "" for none): after that no run is in flight, so a stop does not wait for one.
     */
    public void awaitRunMarked(String previous) {
        Path lastRun = staging().resolve("last-run");
        Await.until("a run marked done in " + lastRun,
                () -> Files.exists(lastRun) && !Folders.read(lastRun).equals(previous));
    }

    public String lastRun() {
        Path lastRun = staging().resolve("last-run");
        return Files.exists(lastRun) ? Folders.read(lastRun) : "";
    }

    /** The SHA-256 recorded for the staged version of a data set ("retail_customers", ...). */
    public String stagedSha256(String prefix) {
        return Folders.read(staging().resolve(prefix + ".sha256")).split(" ")[0];
    }
}
