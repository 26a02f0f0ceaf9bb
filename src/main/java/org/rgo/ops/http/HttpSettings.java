package org.rgo.ops.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

    /** Reads the keys through {@code lookup}, which returns null for a missing key; fails on a half-set account. */
    static HttpSettings from(UnaryOperator<String> lookup) {
        String enabled = required(lookup, "rgo.http.enabled");
        if (!enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
            throw new IllegalStateException("configuration key rgo.http.enabled must be true or false");
        }
        return new HttpSettings(Boolean.parseBoolean(enabled), required(lookup, "rgo.http.host"), account(lookup, "rgo.http.user", "rgo.http.password"),
                account(lookup, "rgo.http.operator-user", "rgo.http.operator-password"));
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

    private static Optional<Account> account(UnaryOperator<String> lookup, String userKey, String passwordKey) {
        Optional<String> user = trimmed(lookup, userKey);
        Optional<String> password = Optional.ofNullable(lookup.apply(passwordKey)).filter(p -> !p.isEmpty());
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalStateException(user.isPresent()
                    ? userKey + " is set but " + passwordKey + " is empty"
                    : passwordKey + " is set but " + userKey + " is empty");
        }
        return user.map(name -> new Account(name, password.orElseThrow()));
    }

    private static String required(UnaryOperator<String> lookup, String key) {
        return trimmed(lookup, key).orElseThrow(() -> new IllegalStateException("missing configuration key " + key));
    }

    private static Optional<String> trimmed(UnaryOperator<String> lookup, String key) {
        return Optional.ofNullable(lookup.apply(key)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
