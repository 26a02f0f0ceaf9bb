package org.rgo.ops.http;

import org.rgo.config.Keys;

import org.junit.jupiter.api.Test;
import org.rgo.hardening.support.Check;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpSettingsTest {

    private static HttpSettings settings(String... keysAndValues) {
        Map<String, String> keys = new HashMap<>(Map.of("rgo.http.enabled", "true", "rgo.http.host", "127.0.0.1",
                "rgo.http.user", "", "rgo.http.password", "", "rgo.http.operator-user", "",
                "rgo.http.operator-password", ""));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            keys.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return HttpSettings.from(new Keys(keys::get));
    }

    @Test
    void loopbackNeedsNoAccountAnyOtherAddressDoes() {
        assertTrue(settings().requireAccountsBeyondLoopback().loopback());
        assertTrue(settings("rgo.http.host", "localhost").loopback());
        assertTrue(settings("rgo.http.host", "::1").loopback());
        assertTrue(settings("rgo.http.host", "127.0.0.2").loopback());
        assertFalse(settings("rgo.http.host", "0.0.0.0").loopback());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> settings("rgo.http.host", "0.0.0.0").requireAccountsBeyondLoopback());
        Check.contains(refused.getMessage(), "RGO_HTTP_USER", "RGO_HTTP_PASSWORD", "127.0.0.1");
        assertEquals("viewer", settings("rgo.http.host", "0.0.0.0", "rgo.http.user", "viewer", "rgo.http.password", "pw")
                .requireAccountsBeyondLoopback().viewer().orElseThrow().user());
    }

    @Test
    void anAccountIsAUserAndAPasswordOrNothingAndNeverPrintsItsPassword() {
        Check.contains(assertThrows(IllegalStateException.class, () -> settings("rgo.http.user", "viewer")).getMessage(),
                "rgo.http.password is empty");
        Check.contains(assertThrows(IllegalStateException.class,
                () -> settings("rgo.http.operator-password", "pw")).getMessage(), "rgo.http.operator-user is empty");
        HttpSettings both = settings("rgo.http.operator-user", "ops", "rgo.http.operator-password", "S3cr3t");
        Check.lacks(both.toString(), "S3cr3t");
        assertFalse(settings("rgo.http.enabled", "false").enabled());
        assertThrows(IllegalStateException.class, () -> settings("rgo.http.enabled", "yes"));
    }
}
