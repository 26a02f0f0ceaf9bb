package org.rgo.engine;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.rgo.engine.spark.SparkEngine;
import org.rgo.engine.spark.SparkSettings;

import java.util.function.UnaryOperator;

/**
 * Binds the analysis engines the routes choose between with {@code rgo.engine}: {@code local}
 * (the layer beans in this JVM) or {@code spark} (bean {@value #SPARK_ENGINE_BEAN}).
 */
public final class EngineConfiguration implements CamelConfiguration {

    public static final String SPARK_ENGINE_BEAN = "sparkEngine";

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        UnaryOperator<String> lookup = key -> properties.resolveProperty(key).orElse(null);
        String engine = String.valueOf(lookup.apply("rgo.engine")).trim();
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new IllegalStateException("rgo.engine must be local or spark, not " + engine);
        }
        // issue 11, phase 1: only the one-shot route chooses the engine; until the analyze route
        // does, a service configured for Spark must not quietly analyse locally
        if (engine.equals("spark") && Boolean.parseBoolean(String.valueOf(lookup.apply("rgo.service.enabled")).trim())) {
            throw new IllegalStateException("rgo.engine=spark is only taken by the one-shot command so far"
                    + " (run --engine spark); the service's analyze route runs locally: start it with rgo.engine=local");
        }
        context.getRegistry().bind(SPARK_ENGINE_BEAN,
                new SparkEngine(SparkSettings.from(lookup), SparkEngine.analysisKeys(lookup)));
    }
}
