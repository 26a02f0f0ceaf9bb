package org.rgo.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Every threshold and weight of SPEC.md, read from {@code application.properties}. There are no
 * defaults in code: a missing key is a start-up error naming the key.
 */
public record Settings(
        Windows windows,
        boolean fillMissingWeeks,
        boolean strategicWhenLoyal,
        int maxListedWarnings,
        Structural structural,
        RootCause rootCause,
        Exposure exposure,
        Portfolio portfolio,
        Trend trend,
        Executive executive) {

    public record Windows(int current, int baseline, int structural) {}

    public record Structural(PointScale declineWeeks, PointScale zeroWeeks, PointScale velocity,
                             PointScale volatility, int severeScore, int highScore, int moderateScore) {}

    public enum StockoutRule { ANY_SKU, SHARE }

    public record RootCause(StockoutRule stockoutRule, double stockoutMinShare, int churnZeroWeeks,
                            double stockoutShare, boolean mixed) {}

    public record Exposure(int criticalZeroWeeks, int highZeroWeeks, int mediumZeroWeeks,
                           double churnLow, double churnMedium, double churnHigh, double churnCritical,
                           double structuralNone, double structuralModerate, double structuralHigh,
                           double structuralSevere, double tierStandard, double tierHigh,
                           double tierStrategic, double[] recurrenceMultipliers, boolean recurrence,
                           int recurrenceWeeks, double cap) {}

    public record Portfolio(int topN, List<String> segmentColumns) {}

    public record Trend(double improvingPercent, double decliningPercent, int timelineWeeks) {}

    public record Executive(double highRei, double mediumRei, double targetMaxRei,
                            int targetMaxCustomersAtRisk, double triggerRei, int triggerCustomersAtRisk) {}

    public Settings {
        if (exposure.recurrenceMultipliers().length < exposure.recurrenceWeeks() + 1) {
            throw new IllegalStateException("rgo.rei.multiplier.recurrence needs one multiplier per recurrence score"
                    + " 1.." + (exposure.recurrenceWeeks() + 1) + " (rgo.rei.recurrence-weeks + 1)");
        }
    }

    /** Reads every key through {@code lookup}, which returns null for a missing key. */
    public static Settings from(UnaryOperator<String> lookup) {
        Keys k = new Keys(lookup);
        return new Settings(
                new Windows(k.integer("rgo.window.current-weeks"), k.integer("rgo.window.baseline-weeks"),
                        k.integer("rgo.window.structural-weeks")),
                k.bool("rgo.sales.fill-missing-weeks"),
                k.bool("rgo.tier.strategic-when-loyal"),
                k.integer("rgo.warnings.max-listed"),
                new Structural(
                        PointScale.parse(k.text("rgo.structural.decline-weeks.points"), false),
                        PointScale.parse(k.text("rgo.structural.zero-weeks.points"), false),
                        PointScale.parse(k.text("rgo.structural.velocity.points"), true),
                        PointScale.parse(k.text("rgo.structural.volatility.points"), false),
                        k.integer("rgo.structural.tier.severe"), k.integer("rgo.structural.tier.high"),
                        k.integer("rgo.structural.tier.moderate")),
                new RootCause(
                        StockoutRule.valueOf(k.text("rgo.stockout.rule").toUpperCase().replace('-', '_')),
                        k.number("rgo.stockout.min-share"), k.integer("rgo.root-cause.churn-zero-weeks"),
                        k.number("rgo.root-cause.stockout-share"), k.bool("rgo.root-cause.mixed")),
                new Exposure(
                        k.integer("rgo.churn.critical-zero-weeks"), k.integer("rgo.churn.high-zero-weeks"),
                        k.integer("rgo.churn.medium-zero-weeks"),
                        k.number("rgo.rei.multiplier.churn.low"), k.number("rgo.rei.multiplier.churn.medium"),
                        k.number("rgo.rei.multiplier.churn.high"), k.number("rgo.rei.multiplier.churn.critical"),
                        k.number("rgo.rei.multiplier.structural.none"),
                        k.number("rgo.rei.multiplier.structural.moderate"),
                        k.number("rgo.rei.multiplier.structural.high"),
                        k.number("rgo.rei.multiplier.structural.severe"),
                        k.number("rgo.rei.multiplier.tier.standard"), k.number("rgo.rei.multiplier.tier.high"),
                        k.number("rgo.rei.multiplier.tier.strategic"),
                        k.numbers("rgo.rei.multiplier.recurrence"), k.bool("rgo.rei.recurrence"),
                        k.integer("rgo.rei.recurrence-weeks"), k.number("rgo.rei.cap")),
                new Portfolio(k.integer("rgo.portfolio.top-n"), k.list("rgo.portfolio.segments")),
                new Trend(k.number("rgo.trend.improving-percent"), k.number("rgo.trend.declining-percent"),
                        k.integer("rgo.trend.timeline-weeks")),
                new Executive(k.number("rgo.verdict.high-rei"), k.number("rgo.verdict.medium-rei"),
                        k.number("rgo.target.max-rei"), k.integer("rgo.target.max-customers-at-risk"),
                        k.number("rgo.trigger.rei"), k.integer("rgo.trigger.customers-at-risk")));
    }

    /** The shipped defaults, from {@code application.properties} on the classpath (tests, tools). */
    public static Settings defaults() {
        return from(applicationProperties()::getProperty);
    }

    public static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private record Keys(UnaryOperator<String> lookup) {
        String text(String key) {
            String value = lookup.apply(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("missing configuration key " + key);
            }
            return value.trim();
        }

        int integer(String key) {
            try {
                return Integer.parseInt(text(key));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("configuration key " + key + " must be a whole number", e);
            }
        }

        double number(String key) {
            try {
                return Double.parseDouble(text(key));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("configuration key " + key + " must be a number", e);
            }
        }

        double[] numbers(String key) {
            return list(key).stream().mapToDouble(Double::parseDouble).toArray();
        }

        boolean bool(String key) {
            String value = text(key);
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalStateException("configuration key " + key + " must be true or false");
            }
            return Boolean.parseBoolean(value);
        }

        List<String> list(String key) {
            String value = lookup.apply(key);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
