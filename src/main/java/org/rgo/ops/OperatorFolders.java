package org.rgo.ops;

import org.rgo.ingest.InputKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What an operator wants to know about the folders: staged data sets and rejected files. */
final class OperatorFolders {

    static final String REJECTED_FOLDER = ".error";
    static final String ACCEPTED_FOLDER = ".done";
    static final String REJECTION_REASON_SUFFIX = ".error.txt";

    private OperatorFolders() {}

    /** One line per data set: what is staged, when, and how long ago; or that nothing is. */
    static List<String> stagedFiles(Map<InputKind, OperatorView.StagedDataSet> staged, Instant now) {
        List<String> lines = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            lines.add(Optional.ofNullable(staged.get(kind))
                    .map(file -> {
                        Instant stagedAt = file.stagedAt().truncatedTo(ChronoUnit.SECONDS);
                        return kind.prefix() + ": " + file.fileName() + ", staged " + stagedAt + " ("
                                + age(Duration.between(stagedAt, now)) + " ago)";
                    })
                    .orElse(kind.prefix() + ": nothing staged"));
        }
        return lines;
    }

    /** The files the ingest route moved to {@code <inbox>/.error}, newest first, without their reason files. */
    static List<String> rejectedFiles(Path inbox) {
        return rejectedPaths(inbox).stream().map(file -> file.getFileName().toString()).toList();
    }

    static List<Path> rejectedPaths(Path inbox) {
        return files(inbox.resolve(REJECTED_FOLDER)).stream()
                .filter(file -> !file.getFileName().toString().endsWith(REJECTION_REASON_SUFFIX))
                .sorted(Comparator.comparing(OperatorFolders::modified).reversed()
                        .thenComparing(file -> file.getFileName().toString()))
                .toList();
    }

    /** The files the ingest route accepted and moved to {@code <inbox>/.done}. */
    static List<Path> acceptedPaths(Path inbox) {
        return files(inbox.resolve(ACCEPTED_FOLDER));
    }

    /** How many of {@code files} belong to each data set, with a 0 for a data set that has none. */
    static Map<InputKind, Long> byDataSet(List<Path> files) {
        Map<InputKind, Long> counts = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            counts.put(kind, 0L);
        }
        for (Path file : files) {
            InputKind.forFileName(file.getFileName().toString()).ifPresent(kind -> counts.merge(kind, 1L, Long::sum));
        }
        return counts;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Two units are enough to judge staleness at a glance: 45s, 12m 5s, 3h 4m, 2d 3h. */
    static String age(Duration duration) {
        long s = Math.max(0, duration.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m " + s % 60 + "s";
        }
        if (s < 86_400) {
            return s / 3600 + "h " + s % 3600 / 60 + "m";
        }
        return s / 86_400 + "d " + s % 86_400 / 3600 + "h";
    }

    static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time stamp of " + file, e);
        }
    }
}
