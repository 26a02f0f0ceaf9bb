package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;

/**
 * What flows through the analyze route: the run's inputs and each layer's results, filled in one
 * layer at a time. Per-customer arrays are indexed like {@code data.sales()}; attribution and
 * exposure are null for customers who are not at risk.
 */
public record Analysis(Settings settings, Dataset data, Revenue[] revenue, StructuralRisk[] structural,
                       Attribution[] attribution, Exposure[] exposure, Portfolio portfolio, Trend trend,
                       Executive executive, SeriesSource seriesSource) {

    public static Analysis of(Settings settings, Dataset data) {
        return new Analysis(settings, data, null, null, null, null, null, null, null,
                SeriesSource.of(data, settings.fillMissingWeeks()));
    }

    public int customerCount() {
        return data.sales().customerCount();
    }

    public CustomerSeries series(int customer) {
        return seriesSource.series(customer);
    }

    public Analysis withRevenue(Revenue[] value) {
        return new Analysis(settings, data, value, structural, attribution, exposure,
                portfolio, trend, executive, seriesSource);
    }

    public Analysis withStructural(StructuralRisk[] value) {
        return new Analysis(settings, data, revenue, value, attribution, exposure,
                portfolio, trend, executive, seriesSource);
    }

    public Analysis withAttribution(Attribution[] value) {
        return new Analysis(settings, data, revenue, structural, value, exposure,
                portfolio, trend, executive, seriesSource);
    }

    public Analysis withExposure(Exposure[] value) {
        return new Analysis(settings, data, revenue, structural, attribution, value,
                portfolio, trend, executive, seriesSource);
    }

    public Analysis withPortfolio(Portfolio value) {
        return new Analysis(settings, data, revenue, structural, attribution, exposure,
                value, trend, executive, seriesSource);
    }

    public Analysis withTrend(Trend value) {
        return new Analysis(settings, data, revenue, structural, attribution, exposure,
                portfolio, value, executive, seriesSource);
    }

    public Analysis withExecutive(Executive value) {
        return new Analysis(settings, data, revenue, structural, attribution, exposure,
                portfolio, trend, value, seriesSource);
    }
}
