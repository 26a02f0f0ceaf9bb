package org.rgo.report;

import org.rgo.layers.Analysis;
import org.rgo.layers.CustomerRows;
import org.rgo.layers.RootCause;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a run's files (SPEC §10). Every file is written under a temporary name and renamed, so a
 * reader never sees half a file; a run folder in the outbox appears whole, by one rename.
 */
public final class RunOutput {

    public static final String SUMMARY = "summary.json";
    private static final String CUSTOMERS = "customers.csv";
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Several files written together, each by its name (relative to the folder); T: what the writing found. */
    private interface Contents<T> {
        T writeTo(Map<String, Writer> outs) throws IOException;
    }

    private final Analysis analysis;
    private final CustomerRows rows;
    private final Optional<RunRecord> lastReported;
    private final OwnerRecipients owners;
    private final Money currency;

    /** {@code lastReported}: the ledger's previous succeeded run, shown in the report, when there is one. */
    public RunOutput(Analysis analysis, CustomerRows rows, Optional<RunRecord> lastReported) {
        this(analysis, rows, lastReported, OwnerRecipients.NONE, Money.USD);
    }

    /**
     * {@code owners}: how many addresses each owner's action list is mailed to, as the report tells;
     * {@code currency}: how the report for people writes money (rgo.report.currency).
     */
    public RunOutput(Analysis analysis, CustomerRows rows, Optional<RunRecord> lastReported, OwnerRecipients owners,
                     Money currency) {
        this.analysis = analysis;
        this.rows = rows;
        this.lastReported = lastReported;
        this.owners = owners;
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
        ReportDocument report = ExecutiveReport.of(analysis, lastReported, owners, currency);
        try {
            Files.createDirectories(folder.resolve(ActionLists.FOLDER));
            // customers.csv and every owner's list in one pass over the evaluated customers
            List<String> together = new ArrayList<>(List.of(CUSTOMERS));
            Arrays.stream(RootCause.values()).map(ActionLists::file).forEach(together::add);
            ActionLists actions = write(folder, together, outs -> {
                Map<RootCause, Writer> lists = new EnumMap<>(RootCause.class);
                for (RootCause owner : RootCause.values()) {
                    lists.put(owner, outs.get(ActionLists.file(owner)));
                }
                ActionLists written = new ActionLists(analysis.model(), lists);
                CustomersCsv.write(rows, outs.get(CUSTOMERS), written);
                return written;
            });
            for (RootCause owner : RootCause.values()) {
                ReportDocument page = OwnerPage.of(analysis, owner, actions.top(owner));
                write(folder, OwnerPage.file(owner), out -> out.write(HtmlRenderer.render(page)));
            }
            write(folder, RestockCsv.FILE, out -> RestockCsv.write(analysis.restock(), out));
            write(folder, "interventions.csv", out -> CustomersCsv.write(analysis.portfolio().topPriority(), out));
            write(folder, "report.md", out -> out.write(MarkdownRenderer.render(report)));
            write(folder, "report.html", out -> out.write(HtmlRenderer.render(report)));
            write(folder, SUMMARY, out -> SummaryJson.write(analysis, out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run's reports into " + folder, e);
        }
    }

    private static void write(Path folder, String name, Content content) throws IOException {
        write(folder, List.of(name), outs -> {
            content.writeTo(outs.get(name));
            return null;
        });
    }

    /** Writes the files under temporary names (next to where they go), then renames each. */
    private static <T> T write(Path folder, List<String> names, Contents<T> content) throws IOException {
        Map<String, Writer> outs = new LinkedHashMap<>();
        T result;
        try {
            for (String name : names) {
                outs.put(name, new BufferedWriter(Files.newBufferedWriter(temp(folder, name), StandardCharsets.UTF_8),
                        1 << 16));
            }
            result = content.writeTo(outs);
        } finally {
            closeAll(outs.values());
        }
        for (String name : names) {
            Files.move(temp(folder, name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        return result;
    }

    private static Path temp(Path folder, String name) {
        Path target = folder.resolve(name);
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private static void closeAll(Iterable<Writer> writers) throws IOException {
        IOException first = null;
        for (Writer out : writers) {
            try {
                out.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
