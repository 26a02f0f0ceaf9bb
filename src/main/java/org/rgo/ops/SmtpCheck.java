package org.rgo.ops;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;
import java.util.Optional;

/**
 * DOWN when the configured mail server does not accept a connection. Readiness only: restarting
 * the service does not bring a mail server back. Without a mail host the service still works (the
 * reports are only not emailed), so that is UP with a warning.
 */
final class SmtpCheck extends AbstractHealthCheck {

    static final String NO_HOST_WARNING =
            "warning: no mail host set (rgo.mail.host), so reports are not emailed";

    private final Optional<String> host;
    private final int port;
    private final int timeoutMillis;

    SmtpCheck(Optional<String> host, int port, int timeoutMillis) {
        super(Operations.HEALTH_GROUP, "rgo-smtp");
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (host.isEmpty()) {
            builder.up().message(NO_HOST_WARNING).detail("warning", NO_HOST_WARNING);
            return;
        }
        builder.detail("server", host.get() + ":" + port);
        SmtpProbe.whyUnreachable(host.get(), port, timeoutMillis).ifPresentOrElse(
                problem -> builder.down().message(problem),
                () -> builder.up().message("mail server " + host.get() + ":" + port + " accepts connections"));
    }
}
