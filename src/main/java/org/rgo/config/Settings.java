package org.rgo.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

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
        Executive executive) implements Serializable {

    public record Windows(int current, int baseline, int structural) implements Serializable {}

    public record Structural(PointScale declineWeeks, PointScale zeroWeeks, PointScale velocity,
                             PointScale volatility, int severeScore, int highScore, int moderateScore)
            implements Serializable {}

    public enum StockoutRule { ANY_SKU, SHARE }

    public record RootCause(StockoutRule stockoutRule, double stockoutMinShare, int churnZeroWeeks,
                            double stockoutShare, boolean mixed) implements Serializable {}

    public record Exposure(int criticalZeroWeeks, int highZeroWeeks, int mediumZeroWeeks,
                           double churnLow, double churnMedium, double churnHigh, double churnCritical,
                           double structuralNone, double structuralModerate, double structuralHigh,
                           double structuralSevere, double tierStandard, double tierHigh,
                           double tierStrategic, double[] recurrenceMultipliers, boolean recurrence,
                           int recurrenceWeeks, double cap) implements Serializable {}

    public record Portfolio(int topN, List<String> segmentColumns) implements Serializable {}

    public record Trend(double improvingPercent, double decliningPercent, int timelineWeeks) implements Serializable {}

    public record Executive(double highRei, double mediumRei, double targetMaxRei,
                            int targetMaxCustomersAtRisk, double triggerRei, int triggerCustomersAtRisk)
            implements Serializable {}

    public Settings {
        if (exposure.recurrenceMultipliers().length < exposure.recurrenceWeeks() + 1) {
            throw new IllegalStateException("rgo.rei.multiplier.recurrence needs one multiplier per recurrence score"
                    + " 1.." + (exposure.recurrenceWeeks() + 1) + " (rgo.rei.recurrence-weeks + 1)");
        }
    }

    public static Settings from(Keys k) {
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
        return from(new Keys(applicationProperties()::getProperty));
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
}
