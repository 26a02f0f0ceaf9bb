package org.rgo.pipeline;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.rgo.config.Settings;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.StagingArea;
import org.rgo.layers.ExecutiveLayer;
import org.rgo.layers.ExposureLayer;
import org.rgo.layers.PortfolioLayer;
import org.rgo.layers.RevenueLayer;
import org.rgo.layers.RootCauseLayer;
import org.rgo.layers.StructuralRiskLayer;
import org.rgo.layers.TrendLayer;
import org.rgo.ledger.RunLedgers;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Binds the beans the routes call. The layers are the plain-Java core itself: each route step
 * calls a layer's {@code apply(Analysis)} through Camel's bean binding. Settings are read through
 * Camel's properties, so system properties and environment variables override the file.
 */
public final class PipelineConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Settings settings = Settings.from(key -> properties.resolveProperty(key).orElse(null));
        Registry registry = context.getRegistry();
        registry.bind("settings", settings);
        registry.bind("revenueLayer", new RevenueLayer(settings));
        registry.bind("structuralRiskLayer", new StructuralRiskLayer(settings));
        registry.bind("rootCauseLayer", new RootCauseLayer(settings));
        registry.bind("exposureLayer", new ExposureLayer(settings));
        registry.bind("portfolioLayer", new PortfolioLayer(settings));
        registry.bind("trendLayer", new TrendLayer(settings));
        registry.bind("executiveLayer", new ExecutiveLayer(settings));

        ExportReader reader = new ExportReader(settings, integer(properties, "rgo.ingest.max-listed-problems"),
                integer(properties, "rgo.ingest.max-weeks"));
        Path inbox = Path.of(properties.resolveProperty("rgo.inbox").orElseThrow());
        StagingArea staging = new StagingArea(inbox, System::currentTimeMillis,
                integer(properties, "rgo.run.retry-delay-ms"));
        registry.bind("ingestStep", new IngestStep(reader, staging,
                Long.parseLong(properties.resolveProperty("rgo.ingest.max-file-bytes").orElseThrow(
                        () -> new IllegalStateException("missing configuration key rgo.ingest.max-file-bytes")).trim())));
        registry.bind("runStep", new RunStep(settings, reader, staging,
                integer(properties, "rgo.ingest.quiet-period-ms")));
        registry.bind("runRecorder", new RunRecorder(
                RunLedgers.configured(key -> properties.resolveProperty(key).orElse(null)), Clock.systemUTC()));
        registry.bind("outputStep", new OutputStep(Path.of(properties.resolveProperty("rgo.outbox").orElseThrow())));
        if (Boolean.parseBoolean(properties.resolveProperty("rgo.bench.step-timings").orElse("false").trim())) {
            context.getCamelContextExtension().addInterceptStrategy(new StepTimingLog());
        }
    }

    private static int integer(PropertiesComponent properties, String key) {
        return Integer.parseInt(properties.resolveProperty(key)
                .orElseThrow(() -> new IllegalStateException("missing configuration key " + key)).trim());
    }
}
