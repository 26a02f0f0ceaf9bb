package org.rgo.ops.http;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.rgo.ops.OperatorView;

/**
 * Operators over HTTP (README "Operations over HTTP"). Camel's management server serves health,
 * metrics and Jolokia from the {@code camel.management.*} and {@code camel.metrics.*} keys in
 * application.properties, which follow {@code rgo.http.*}; this adds who may use it, the
 * {@code rgo_*} metrics and the runs page. With {@code rgo.http.enabled=false} (the one-shot
 * commands) nothing of it, nor of Vert.x, is loaded.
 */
public final class HttpConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        HttpSettings settings = HttpSettings.from(key -> context.getPropertiesComponent().resolveProperty(key).orElse(null));
        if (settings.enabled()) {
            OperatorHttp.install(context, settings.requireAccountsBeyondLoopback(), OperatorView.of(context));
        }
    }
}
