package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.CustomerRows;
import org.rgo.ledger.RunRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a run's files (SPEC §10). Every file is written under a temporary name and renamed, so a
 * reader never sees half a file; a run folder in the outbox appears whole, by one rename.
 */
public final class RunOutput {

    public static final String SUMMARY = "summary.json";
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private final Analysis analysis;
    private final CustomerRows rows;
    private final Optional<RunRecord> lastReported;
    private final Money currency;

    /**
     * {@code lastReported}: the ledger's previous succeeded run, shown in the report, when there is
     * one; {@code currency}: how the report for people writes money.
     */
    public RunOutput(Analysis analysis, CustomerRows rows, Optional<RunRecord> lastReported, Money currency) {
        this.analysis = analysis;
        this.rows = rows;
        this.lastReported = lastReported;
        this.currency = currency;
    }

    /** Writes a new folder {@code <as-of week>_<run time>} under {@code outbox}; never overwrites. */
    public Path writeRunFolder(Path outbox, Instant runTime) {
        String name = analysis.executive().asOfWeek() + "_" + RUN_TIME.format(runTime);
        Path temp = null;
        try {
            Files.createDirectories(outbox);
            temp = Files.createTempDirectory(outbox, ".tmp-" + name);
            writeInto(temp);
            for (int attempt = 0; ; attempt++) {
                Path target = outbox.resolve(attempt == 0 ? name : name + "-" + attempt);
                try {
                    return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    // another run finished in the same millisecond: take the next free name
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e instanceof IOException io ? new UncheckedIOException("cannot write the run's reports into "
                    + outbox, io) : (RuntimeException) e;
        }
    }

    /** Removes a half-written run folder, so failed attempts leave nothing behind in the outbox. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the failure that brought us here is the one worth reporting
        }
    }

    /** Writes the run's files straight into {@code folder} (the one-shot command's --out). */
    public void writeInto(Path folder) {
        ReportDocument report = ExecutiveReport.of(analysis, lastReported, currency);
        try {
            Files.createDirectories(folder);
            write(folder, "customers.csv", out -> CustomersCsv.write(rows, out));
            write(folder, "interventions.csv", out -> CustomersCsv.write(analysis.portfolio().topPriority(), out));
            write(folder, "report.md", out -> out.write(MarkdownRenderer.render(report)));
            write(folder, "report.html", out -> out.write(HtmlRenderer.render(report)));
            write(folder, SUMMARY, out -> SummaryJson.write(analysis, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's reports into " + folder, e);
        }
    }

    private static void write(Path folder, String name, Content content) throws IOException {
        Path temp = folder.resolve("." + name + ".tmp");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(out);
        }
        Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
