package org.rgo.ops;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.management.DefaultManagementAgent;
import org.apache.camel.spi.ManagementStrategy;
import org.apache.camel.spi.PropertiesComponent;
import org.rgo.ledger.RunLedger;
import org.rgo.pipeline.RunRecorder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import static org.rgo.ops.PipelineContract.RUN_RECORDER_BEAN;

/**
 * Everything an operator watches and drives: stable consumer MBean names, the orchestrator MBean,
 * the health checks, and the per-run timing line in the log. See README "Operations".
 */
public final class OpsConfiguration implements CamelConfiguration {

    static final String HEALTH_GROUP = "rgo";

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Path inbox = Path.of(required(properties, "rgo.inbox"));
        Path outbox = Path.of(required(properties, "rgo.outbox"));
        Supplier<RunLedger> ledger = () -> runRecorder(context).ledger();

        ManagementStrategy management = context.getManagementStrategy();
        if (management != null) {
            management.setManagementObjectNameStrategy(new RouteNamedConsumers(DefaultManagementAgent.DEFAULT_DOMAIN));
        }

        RunTimer timer = new RunTimer(ledger);
        context.getCamelContextExtension().addInterceptStrategy(timer);
        context.addRoutePolicyFactory(timer);

        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(new FolderCheck("rgo-inbox", inbox));
        health.register(new FolderCheck("rgo-outbox", outbox));
        health.register(new LedgerCheck(ledger));
        health.register(new SmtpCheck(optional(properties, "rgo.mail.host"),
                optional(properties, "rgo.mail.port").map(Integer::parseInt),
                Integer.parseInt(required(properties, "rgo.health.smtp-connect-timeout-ms"))));

        context.addLifecycleStrategy(new OrchestratorRegistration(started -> new Orchestrator(started,
                started.createProducerTemplate(), ledger, inbox, outbox, timer, Clock.systemUTC())));
    }

    private static RunRecorder runRecorder(CamelContext context) {
        RunRecorder recorder = context.getRegistry().lookupByNameAndType(RUN_RECORDER_BEAN, RunRecorder.class);
        if (recorder == null) {
            throw new IllegalStateException("no " + RUN_RECORDER_BEAN + " bean in the registry, so no run ledger");
        }
        return recorder;
    }

    private static String required(PropertiesComponent properties, String key) {
        return optional(properties, key)
                .orElseThrow(() -> new IllegalStateException("missing configuration key " + key));
    }

    private static Optional<String> optional(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).map(String::trim).filter(value -> !value.isEmpty());
    }
}
