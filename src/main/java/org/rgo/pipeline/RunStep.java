package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.rgo.config.Settings;
import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.DataFolder;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.SalesTable;
import org.rgo.ingest.StagingArea;
import org.rgo.ingest.StockTable;
import org.rgo.layers.Analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Starts an analysis: from the staged set (service) or from a folder (one-shot command). */
public final class RunStep {

    static final String FINGERPRINT = "rgoFingerprint";

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

    /** The staged set as a new analysis when it changed since the last run and the inbox is quiet; else null. */
    public Analysis nextStaged(Exchange exchange) {
        return staging.readyForRun(quietPeriodMillis).map(snapshot -> {
            exchange.getMessage().setHeader(FINGERPRINT, snapshot.fingerprint());
            return analysis((CustomerDirectory) staging.table(InputKind.CUSTOMERS, reader),
                    (SalesTable) staging.table(InputKind.SALES, reader),
                    (StockTable) staging.table(InputKind.STOCK, reader));
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
        return analysis(customers, sales, reader.stock(files.get(InputKind.STOCK)));
    }

    private Analysis analysis(CustomerDirectory customers, SalesTable sales, StockTable stock) {
        Dataset data = Dataset.join(customers, sales, stock, Instant.now(), settings.maxListedWarnings());
        return Analysis.of(settings, data);
    }
}
