package org.rgo.ledger;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the run ledger lives: {@code rgo.ledger.url} when set, else the H2 file database
 * {@code <rgo.data-dir>/ledger}. {@code recordOneShotRuns} is {@code rgo.ledger.one-shot-runs}.
 */
public record LedgerSettings(String url, String user, String password, boolean recordOneShotRuns) {

    /** Reads the keys through {@code lookup}, which returns null for a missing key. */
    public static LedgerSettings from(UnaryOperator<String> lookup) {
        String url = blankToNull(lookup.apply("rgo.ledger.url"));
        if (url == null) {
            url = h2FileUrl(Path.of(required(lookup, "rgo.data-dir")));
        }
        String user = blankToNull(lookup.apply("rgo.ledger.user"));
        String password = lookup.apply("rgo.ledger.password");
        String oneShot = required(lookup, "rgo.ledger.one-shot-runs");
        if (!oneShot.equalsIgnoreCase("true") && !oneShot.equalsIgnoreCase("false")) {
            throw new IllegalStateException("configuration key rgo.ledger.one-shot-runs must be true or false");
        }
        return new LedgerSettings(url, user == null ? "" : user, password == null ? "" : password,
                Boolean.parseBoolean(oneShot));
    }

    /** H2 refuses paths relative to the working directory in a URL, so the folder is made absolute. */
    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ledger");
    }

    @Override
    public String toString() {
        return "LedgerSettings[url=" + url + ", user=" + user + ", recordOneShotRuns=" + recordOneShotRuns + "]";
    }

    private static String required(UnaryOperator<String> lookup, String key) {
        String value = blankToNull(lookup.apply(key));
        if (value == null) {
            throw new IllegalStateException("missing configuration key " + key);
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
