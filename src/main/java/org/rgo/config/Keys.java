package org.rgo.config;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one reader of configuration keys. {@code lookup} resolves a key the way Camel's properties
 * do (application.properties, overridden by JVM system properties and environment variables) and
 * returns null for a missing key. Every error names the key.
 */
public record Keys(UnaryOperator<String> lookup) {

    /** A required key. */
    public String text(String key) {
        String value = optional(key);
        if (value.isEmpty()) {
            throw new IllegalStateException("missing configuration key " + key);
        }
        return value;
    }

    /** A key that may be missing or empty: then "". */
    public String optional(String key) {
        String value = lookup.apply(key);
        return value == null ? "" : value.trim();
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("configuration key " + key + " must be a whole number", e);
        }
    }

    public long wholeNumber(String key) {
        try {
            return Long.parseLong(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("configuration key " + key + " must be a whole number", e);
        }
    }

    public double number(String key) {
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("configuration key " + key + " must be a number", e);
        }
    }

    public double[] numbers(String key) {
        try {
            return list(key).stream().mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalStateException("configuration key " + key + " must be a list of numbers", e);
        }
    }

    public boolean bool(String key) {
        String value = text(key);
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalStateException("configuration key " + key + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    /** A comma list; a missing key is an empty list. */
    public List<String> list(String key) {
        return Arrays.stream(optional(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
