package org.rgo.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.rgo.config.Settings;
import org.rgo.ingest.DataFolder;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.Dataset.SourceFile;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.Exports;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.StagingArea;
import org.rgo.layers.AnalysisInput;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Starts an analysis from the staged set (service) or from a folder (one-shot command). Both read
 * their files through the same {@link ExportReader}, with the same checks.
 */
public final class RunStep {

    static final String FINGERPRINT = "rgoFingerprint";
    /** Header: true runs the staged set even when it has not changed. */
    public static final String FORCE = "rgoForce";

    private final Settings settings;
    private final ExportReader reader;
    private final StagingArea staging;
    private final long quietPeriodMillis;

    public RunStep(Settings settings, ExportReader reader, StagingArea staging, long quietPeriodMillis) {
        this.settings = settings;
        this.reader = reader;
        this.staging = staging;
        this.quietPeriodMillis = quietPeriodMillis;
    }

    /**
     * The staged set as a new analysis: with {@code force}, whatever it is (failing when it is
     * incomplete); without, only when it changed since the last run and the inbox is quiet, else null.
     */
    public AnalysisInput staged(@Header(FORCE) boolean force, Exchange exchange) {
        Optional<StagingArea.Snapshot> next = force ? Optional.of(staging.current())
                : staging.readyForRun(quietPeriodMillis);
        return next.map(snapshot -> {
            exchange.getMessage().setHeader(FINGERPRINT, snapshot.fingerprint());
            Map<InputKind, Path> paths = new EnumMap<>(InputKind.class);
            snapshot.files().forEach((kind, file) -> paths.put(kind, file.path()));
            return analysis(paths, kind -> {
                StagingArea.StagedFile file = snapshot.files().get(kind);
                return new SourceFileName(file.originalName(), file.sha256());
            });
        }).orElse(null);
    }

    /** Records that the staged set was reported, so it does not run again. */
    public void markDone(@Header(FINGERPRINT) String fingerprint) {
        staging.markRun(fingerprint);
    }

    /**
     * Reads the three exports of a folder; a bad file fails the run with its reason. The one-shot
     * command does not hash its inputs: that would read every file a second time.
     */
    public AnalysisInput fromFolder(String folder) {
        Map<InputKind, Path> files = DataFolder.files(Path.of(folder));
        return analysis(files, kind -> new SourceFileName(files.get(kind).getFileName().toString(), null));
    }

    private record SourceFileName(String name, String sha256) {}

    private AnalysisInput analysis(Map<InputKind, Path> files, Function<InputKind, SourceFileName> names) {
        Map<InputKind, String> fileNames = new EnumMap<>(InputKind.class);
        files.keySet().forEach(kind -> fileNames.put(kind, names.apply(kind).name()));
        Exports exports = reader.read(files, fileNames);
        List<SourceFile> sources = List.of(
                source(InputKind.CUSTOMERS, names, exports.customers().rowCount(), exports),
                source(InputKind.SALES, names, exports.sales().rowCount(), exports),
                source(InputKind.STOCK, names, exports.stock().rowCount(), exports));
        Dataset data = Dataset.join(exports.customers(), exports.sales(), exports.stock(), Instant.now(), sources,
                settings.maxListedWarnings(), settings.portfolio().segmentColumns());
        return AnalysisInput.of(settings, data);
    }

    private static SourceFile source(InputKind kind, Function<InputKind, SourceFileName> names, long rows,
                                     Exports exports) {
        SourceFileName name = names.apply(kind);
        return new SourceFile(kind, name.name(), name.sha256(), rows, exports.columns(kind));
    }
}
