package org.rgo.ops;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.management.DefaultManagementAgent;
import org.apache.camel.spi.ManagementStrategy;
import org.apache.camel.spi.PropertiesComponent;
import org.rgo.ledger.RunLedger;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything an operator watches and drives: stable consumer MBean names, the orchestrator MBean,
 * the health checks, and the per-run timing line in the log. See README "Operations".
 */
public final class OpsConfiguration implements CamelConfiguration {

    static final String HEALTH_GROUP = "rgo";

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        OperatorView view = OperatorView.of(context);
        Supplier<RunLedger> ledger = view::ledger;

        ManagementStrategy management = context.getManagementStrategy();
        if (management != null) {
            management.setManagementObjectNameStrategy(new RouteNamedConsumers(DefaultManagementAgent.DEFAULT_DOMAIN));
        }

        RunTimer timer = new RunTimer(ledger);
        context.getCamelContextExtension().addInterceptStrategy(timer);
        context.addRoutePolicyFactory(timer);

        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(new FolderCheck("rgo-inbox", view.inbox()));
        health.register(new FolderCheck("rgo-outbox", view.outbox()));
        health.register(new LedgerCheck(ledger));
        health.register(new SmtpCheck(optional(properties, "rgo.mail.host"),
                optional(properties, "rgo.mail.port").map(Integer::parseInt),
                Integer.parseInt(required(properties, "rgo.health.smtp-connect-timeout-ms"))));

        context.addLifecycleStrategy(new OrchestratorRegistration(started -> new Orchestrator(started,
                started.createProducerTemplate(), view, timer)));
    }

    private static String required(PropertiesComponent properties, String key) {
        return optional(properties, key)
                .orElseThrow(() -> new IllegalStateException("missing configuration key " + key));
    }

    private static Optional<String> optional(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).map(String::trim).filter(value -> !value.isEmpty());
    }
}
