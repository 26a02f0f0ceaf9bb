package org.rgo.engine.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The driver's output (spark-submit's stdout and stderr), read for the reason a job failed. */
final class DriverLog {

    private static final Pattern THROWABLE = Pattern.compile("^(Exception in thread \"[^\"]*\" )?([\\w$]+\\.)+[\\w$]*(Exception|Error)(: .*)?$");
    private static final int MAX_MESSAGE_LINES = 12;

    private final Path file;

    DriverLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The last {@code count} lines, or a note when there is no log. */
    String tail(int count) {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /**
     * The exception that ended the driver, with the lines of its message (a problem list spans
     * several): the last top-level throwable in the log, else its last line.
     */
    String reason() {
        List<String> lines = lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (THROWABLE.matcher(lines.get(i)).matches()) {
                StringBuilder reason = new StringBuilder(lines.get(i).replaceFirst("^Exception in thread \"[^\"]*\" ", ""));
                for (int j = i + 1; j < lines.size() && j <= i + MAX_MESSAGE_LINES; j++) {
                    String line = lines.get(j);
                    if (line.startsWith("\tat ") || line.startsWith("Caused by: ") || line.isBlank()) {
                        break;
                    }
                    reason.append('\n').append(line);
                }
                return reason.toString();
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "no output from spark-submit in " + file;
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of("cannot read " + file + ": " + e.getMessage());
        }
    }
}
