package org.rgo.ops.http;

import org.rgo.hardening.support.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real service with its HTTP server on. The build turns HTTP off for every other test with the
 * system property rgo.http.enabled=false (pom.xml), and Camel lets a system property win over a
 * test's own settings, so the property is lifted while this service starts.
 */
final class HttpService {

    private static final String SWITCH = "rgo.http.enabled";

    private HttpService() {}

    static synchronized Service start(Path inbox, Path outbox, String... extra) throws Exception {
        List<String> properties = new ArrayList<>(List.of(extra));
        properties.add(SWITCH + "=true");
        String buildDefault = System.clearProperty(SWITCH);
        try {
            return Service.start(inbox, outbox, properties.toArray(String[]::new));
        } finally {
            if (buildDefault != null) {
                System.setProperty(SWITCH, buildDefault);
            }
        }
    }
}
