package org.rgo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A folder holding one file of each kind (the one-shot command's {@code --data DIR}). */
public final class DataFolder {

    private DataFolder() {}

    public static Map<InputKind, Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("data folder " + folder + " does not exist");
        }
        Map<InputKind, Path> files = new EnumMap<>(InputKind.class);
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : entries) {
            InputKind.forFileName(file.getFileName().toString()).ifPresent(kind -> {
                Path other = files.putIfAbsent(kind, file);
                if (other != null) {
                    throw new IllegalArgumentException("two " + kind.prefix() + " files in " + folder + ": "
                            + other.getFileName() + " and " + file.getFileName());
                }
            });
        }
        for (InputKind kind : InputKind.values()) {
            if (!files.containsKey(kind)) {
                throw new IllegalArgumentException("no " + kind.prefix() + "*.csv file in " + folder);
            }
        }
        return files;
    }
}
