package org.rgo.ops.http;

import org.rgo.delivery.RunFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of the run folders in the outbox, and nothing else: a run folder is a real folder
 * directly in the outbox with a run folder's name, a file is a real file directly in it. So
 * {@code ..}, encoded slashes, hidden temporary files and symbolic links leading anywhere
 * (out of the outbox or not) are not found.
 */
final class ReportFiles {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Path outbox;

    ReportFiles(Path outbox) {
        this.outbox = outbox;
    }

    /** The file, when {@code fileName} is a regular file of the run folder {@code runFolder}. */
    Optional<Path> find(String runFolder, String fileName) {
        if (!RunFolders.isRunName(runFolder) || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        try {
            Path folder = outbox.toRealPath().resolve(runFolder);
            Path file = folder.resolve(fileName);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().getParent().equals(folder)) {
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".md")) {
            return "text/markdown; charset=utf-8";
        }
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
