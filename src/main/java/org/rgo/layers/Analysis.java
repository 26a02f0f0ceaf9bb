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
                       Executive executive) {

    public static Analysis of(Settings settings, Dataset data) {
        return new Analysis(settings, data, null, null, null, null, null, null, null);
    }

    public int customerCount() {
        return data.sales().customerCount();
    }

    public CustomerSeries series(int customer) {
        return CustomerSeries.of(data, customer, settings.fillMissingWeeks());
    }

    public Analysis withRevenue(Revenue[] value) {
        return new Analysis(settings, data, value, structural, attribution, exposure, portfolio, trend, executive);
    }

    public Analysis withStructural(StructuralRisk[] value) {
        return new Analysis(settings, data, revenue, value, attribution, exposure, portfolio, trend, executive);
    }

    public Analysis withAttribution(Attribution[] value) {
        return new Analysis(settings, data, revenue, structural, value, exposure, portfolio, trend, executive);
    }

    public Analysis withExposure(Exposure[] value) {
        return new Analysis(settings, data, revenue, structural, attribution, value, portfolio, trend, executive);
    }

    public Analysis withPortfolio(Portfolio value) {
        return new Analysis(settings, data, revenue, structural, attribution, exposure, value, trend, executive);
    }

    public Analysis withTrend(Trend value) {
        return new Analysis(settings, data, revenue, structural, attribution, exposure, portfolio, value, executive);
    }

    public Analysis withExecutive(Executive value) {
        return new Analysis(settings, data, revenue, structural, attribution, exposure, portfolio, trend, value);
    }
}
