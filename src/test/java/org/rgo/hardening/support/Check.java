package org.rgo.hardening.support;

import java.util.Collection;

import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on texts and lists that show the whole text when they fail. */
public final class Check {

    private Check() {}

    public static void contains(String text, String... fragments) {
        for (String fragment : fragments) {
            if (!text.contains(fragment)) {
                fail("expected to find <" + fragment + "> in:\n" + text);
            }
        }
    }

    public static void lacks(String text, String... fragments) {
        for (String fragment : fragments) {
            if (text.contains(fragment)) {
                fail("did not expect <" + fragment + "> in:\n" + text);
            }
        }
    }

    public static void containsAll(Collection<String> actual, Collection<String> expected) {
        if (!actual.containsAll(expected)) {
            fail("expected " + actual + " to contain all of " + expected);
        }
    }
}
