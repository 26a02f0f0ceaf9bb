package org.rgo.ops.http;

import org.rgo.support.Service;

/**
 * Starts a service with its HTTP server on. The build turns HTTP off for every other test with the
 * system property rgo.http.enabled=false (pom.xml), and Camel lets a system property win over a
 * test's own settings, so the property is lifted while this service starts.
 */
final class HttpService {

    private static final String SWITCH = "rgo.http.enabled";

    private HttpService() {}

    /** {@code service} started with HTTP on (its rgo.http.* keys set by the test); the started service. */
    static synchronized Service start(Service service) throws Exception {
        String buildDefault = System.clearProperty(SWITCH);
        try {
            return service.with(SWITCH, "true").start();
        } finally {
            if (buildDefault != null) {
                System.setProperty(SWITCH, buildDefault);
            }
        }
    }
}
