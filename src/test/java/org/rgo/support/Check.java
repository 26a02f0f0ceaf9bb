package org.rgo.support;

import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on texts that show the whole text when they fail. */
public final class Check {

    private Check() {}

    /** Fails, showing {@code text}, unless it contains every fragment. */
    public static void contains(String text, String... fragments) {
        for (String fragment : fragments) {
            if (!text.contains(fragment)) {
                fail("expected to find <" + fragment + "> in:\n" + text);
            }
        }
    }

    /** Fails, showing {@code text}, if it contains any fragment. */
    public static void lacks(String text, String... fragments) {
        for (String fragment : fragments) {
            if (text.contains(fragment)) {
                fail("did not expect <" + fragment + "> in:\n" + text);
            }
        }
    }
}
