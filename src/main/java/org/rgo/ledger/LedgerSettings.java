package org.rgo.ledger;

import org.rgo.config.Keys;

import java.nio.file.Path;

/**
 * Where the run ledger lives: {@code rgo.ledger.url} when set, else the H2 file database
 * {@code <rgo.data-dir>/ledger}. {@code recordOneShotRuns} is {@code rgo.ledger.one-shot-runs}.
 */
public record LedgerSettings(String url, String user, String password, boolean recordOneShotRuns) {

    public static LedgerSettings from(Keys keys) {
        String url = keys.optional("rgo.ledger.url");
        if (url.isEmpty()) {
            url = h2FileUrl(Path.of(keys.text("rgo.data-dir")));
        }
        return new LedgerSettings(url, keys.optional("rgo.ledger.user"), keys.optional("rgo.ledger.password"),
                keys.bool("rgo.ledger.one-shot-runs"));
    }

    /** H2 refuses paths relative to the working directory in a URL, so the folder is made absolute. */
    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ledger");
    }

    @Override
    public String toString() {
        return "LedgerSettings[url=" + url + ", user=" + user + ", recordOneShotRuns=" + recordOneShotRuns + "]";
    }
}
