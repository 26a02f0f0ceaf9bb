package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.rgo.config.Settings;
import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.DataFolder;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.Dataset.SourceFile;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.SalesTable;
import org.rgo.ingest.StagingArea;
import org.rgo.ingest.StockTable;
import org.rgo.layers.Analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts an analysis: from the staged set (service) or from a folder (one-shot command). */
public final class RunStep {

    static final String FINGERPRINT = "rgoFingerprint";
    /** Header: true runs the staged set even when it has not changed. */
    public static final String FORCE = "rgoForce";

    private final Settings settings;
    private final ExportReader reader;
    private final StagingArea staging;
    private final long quietPeriodMillis;

    RunStep(Settings settings, ExportReader reader, StagingArea staging, long quietPeriodMillis) {
        this.settings = settings;
        this.reader = reader;
        this.staging = staging;
        this.quietPeriodMillis = quietPeriodMillis;
    }

    /**
     * The staged set as a new analysis: with {@code force}, whatever it is (failing when it is
     * incomplete); without, only when it changed since the last run and the inbox is quiet, else null.
     */
    public Analysis staged(@Header(FORCE) boolean force, Exchange exchange) {
        Optional<StagingArea.Snapshot> next = force ? Optional.of(staging.current())
                : staging.readyForRun(quietPeriodMillis);
        return next.map(snapshot -> {
            exchange.getMessage().setHeader(FINGERPRINT, snapshot.fingerprint());
            CustomerDirectory customers = (CustomerDirectory) staging.table(InputKind.CUSTOMERS, reader);
            SalesTable sales = (SalesTable) staging.table(InputKind.SALES, reader);
            StockTable stock = (StockTable) staging.table(InputKind.STOCK, reader);
            Map<InputKind, StagingArea.StagedFile> files = snapshot.files();
            List<SourceFile> sources = List.of(
                    staged(files.get(InputKind.CUSTOMERS), InputKind.CUSTOMERS, customers.rowCount()),
                    staged(files.get(InputKind.SALES), InputKind.SALES, sales.rowCount()),
                    staged(files.get(InputKind.STOCK), InputKind.STOCK, stock.rowCount()));
            return analysis(customers, sales, stock, sources);
        }).orElse(null);
    }

    /** Records that the staged set was reported, so it does not run again. */
    public void markDone(@Header(FINGERPRINT) String fingerprint) {
        staging.markRun(fingerprint);
    }

    /** Reads the three exports of a folder; a bad file fails the run with its reason. */
    public Analysis fromFolder(String folder) {
        Map<InputKind, Path> files = DataFolder.files(Path.of(folder));
        CustomerDirectory customers = reader.customers(files.get(InputKind.CUSTOMERS));
        SalesTable sales = reader.sales(files.get(InputKind.SALES), customers.size());
        StockTable stock = reader.stock(files.get(InputKind.STOCK));
        List<SourceFile> sources = List.of(
                unhashed(files.get(InputKind.CUSTOMERS), InputKind.CUSTOMERS, customers.rowCount()),
                unhashed(files.get(InputKind.SALES), InputKind.SALES, sales.rowCount()),
                unhashed(files.get(InputKind.STOCK), InputKind.STOCK, stock.rowCount()));
        return analysis(customers, sales, stock, sources);
    }

    private static SourceFile staged(StagingArea.StagedFile file, InputKind kind, long rows) {
        return new SourceFile(kind, file.originalName(), file.sha256(), rows);
    }

    /** The one-shot command does not hash its inputs: that would read every file a second time. */
    private static SourceFile unhashed(Path file, InputKind kind, long rows) {
        return new SourceFile(kind, file.getFileName().toString(), null, rows);
    }

    private Analysis analysis(CustomerDirectory customers, SalesTable sales, StockTable stock, List<SourceFile> sources) {
        Dataset data = Dataset.join(customers, sales, stock, Instant.now(), sources, settings.maxListedWarnings());
        return Analysis.of(settings, data);
    }
}
