package org.rgo.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.management.DefaultManagementAgent;
import org.apache.camel.spi.ManagementStrategy;

import java.util.Optional;

/**
 * Everything an operator watches and drives, installed on the context in one call: stable
 * consumer MBean names, the step timer and its per-run log line, the health checks, and the
 * orchestrator MBean. See README "Operations".
 */
public final class Operations {

    static final String HEALTH_GROUP = "rgo";

    private Operations() {}

    /** {@code mailHost} empty: no mail server, so the SMTP check only warns. */
    public static void install(CamelContext context, OperatorView view, Optional<String> mailHost, int mailPort,
                               int smtpTimeoutMillis) {
        ManagementStrategy management = context.getManagementStrategy();
        if (management != null) {
            management.setManagementObjectNameStrategy(new RouteNamedConsumers(DefaultManagementAgent.DEFAULT_DOMAIN));
        }

        RunTimer timer = new RunTimer(view.ledger());
        context.getCamelContextExtension().addInterceptStrategy(timer);
        context.addRoutePolicyFactory(timer);

        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(new FolderCheck("rgo-inbox", view.inbox()));
        health.register(new FolderCheck("rgo-outbox", view.outbox()));
        health.register(new LedgerCheck(view.ledger()));
        health.register(new SmtpCheck(mailHost, mailPort, smtpTimeoutMillis));

        context.addLifecycleStrategy(new OrchestratorRegistration(started -> new Orchestrator(started,
                started.createProducerTemplate(), view, timer)));
    }
}
