package org.rgo.delivery;

import org.rgo.report.RunOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run folders RunOutput writes into the outbox, {@code <as-of week>_<run time>[-n]}. The run
 * time, not the as-of week, says which run is newest: data for an older week can be run later.
 */
public final class RunFolders {

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{8}T\\d{9}Z)(?:-(\\d+))?");
    /** What a run folder must hold to be mailed. */
    static final List<String> REPORT_FILES =
            List.of(RunOutput.SUMMARY, "report.html", "report.md", "interventions.csv", "customers.csv");

    /** Oldest run first. */
    public static final Comparator<String> BY_RUN_TIME = Comparator
            .comparing((String name) -> part(name, 2))
            .thenComparingInt(name -> Integer.parseInt(part(name, 3).isEmpty() ? "0" : part(name, 3)))
            .thenComparing(Comparator.naturalOrder());

    private RunFolders() {}

    public static boolean isRunName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The newest run folder in {@code outbox} that holds every report file. */
    public static Optional<Path> newestComplete(Path outbox) {
        if (!Files.isDirectory(outbox)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(outbox)) {
            return entries.filter(p -> isRunName(p.getFileName().toString()) && isComplete(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString(), BY_RUN_TIME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + outbox, e);
        }
    }

    public static boolean isComplete(Path runFolder) {
        return Files.isDirectory(runFolder) && REPORT_FILES.stream().allMatch(f -> Files.isRegularFile(runFolder.resolve(f)));
    }

    /** Sorts names that are not run folders (a file dropped by hand) after the real ones, by name. */
    private static String part(String name, int group) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return group == 2 ? "~" + name : "";
        }
        return m.group(group) == null ? "" : m.group(group);
    }
}
