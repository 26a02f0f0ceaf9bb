package org.rgo.ops.http;

import org.rgo.config.Keys;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;


/**
 * The {@code rgo.http.*} keys. Camel's management server reads the address itself (through the
 * {@code camel.management.*} placeholders in application.properties); these settings decide who
 * may use it. Plain Java, so that a process with HTTP turned off loads nothing of Vert.x.
 */
record HttpSettings(boolean enabled, String host, Optional<Account> viewer, Optional<Account> operator) {

    /** A user name and password from the configuration; the password is never printed. */
    record Account(String user, String password) {
        @Override
        public String toString() {
            return "Account[user=" + user + "]";
        }
    }

    /** Fails on a half-set account. */
    static HttpSettings from(Keys keys) {
        return new HttpSettings(keys.bool("rgo.http.enabled"), keys.text("rgo.http.host"),
                account(keys, "rgo.http.user", "rgo.http.password"),
                account(keys, "rgo.http.operator-user", "rgo.http.operator-password"));
    }

    /** Whether the server listens only on this machine (127.0.0.0/8, ::1 or a name resolving to one). */
    boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("rgo.http.host " + host + " is not a known address: " + e.getMessage(), e);
        }
    }

    /**
     * Fails unless the server stays on loopback or has the viewer account that the runs page, the
     * reports and Jolokia then require: anyone on the network could read them otherwise.
     */
    HttpSettings requireAccountsBeyondLoopback() {
        if (!loopback() && viewer.isEmpty()) {
            throw new IllegalStateException("rgo.http.host is " + host + ", which other machines can reach, but no "
                    + "credentials are set: set RGO_HTTP_USER and RGO_HTTP_PASSWORD (basic auth for the runs page, "
                    + "the reports and Jolokia), or keep RGO_HTTP_HOST=127.0.0.1, or turn HTTP off with "
                    + "RGO_HTTP_ENABLED=false");
        }
        return this;
    }

    private static Optional<Account> account(Keys keys, String userKey, String passwordKey) {
        Optional<String> user = Optional.of(keys.optional(userKey)).filter(value -> !value.isEmpty());
        Optional<String> password = Optional.ofNullable(keys.lookup().apply(passwordKey)).filter(p -> !p.isEmpty());
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalStateException(user.isPresent()
                    ? userKey + " is set but " + passwordKey + " is empty"
                    : passwordKey + " is set but " + userKey + " is empty");
        }
        return user.map(name -> new Account(name, password.orElseThrow()));
    }
}
