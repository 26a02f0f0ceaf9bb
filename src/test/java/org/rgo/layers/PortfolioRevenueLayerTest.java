package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rgo.layers.Runs.flatThen;

/** Against the business (issue 12): the weekly revenue of every customer, and the exposure as shares of it. */
class PortfolioRevenueLayerTest {

    @TempDir
    Path dir;

    /**
     * Ten weeks (0-9). X: 100 ×10 (current and baseline 100, not at risk). Y: 100 ×9, 40 (current
     * 85, baseline 100, gap 15, REI 15.75). Z: 10, 20, 30 in weeks 7-9 (3 weeks: current and
     * baseline are the mean of all, 20). W: 10.01 ×6, 10, 10, 10, 10.01 (current 40.01 / 4 =
     * 10.0025 stored 10.00, baseline 10.01, gap round2(0.0075) = 0.01, REI 0.01).
     * Revenue: current 100 + 85 + 20 + 10.00 = 215.00, baseline 100 + 100 + 20 + 10.01 = 230.01;
     * gap 15.01, REI 15.76.
     */
    @Test
    void everyCustomersRoundedRevenueAndTheExposureAsSharesOfIt() {
        Settings settings = TestSettings.defaults();
        ExportFiles files = new ExportFiles(dir)
                .series("X", "S1", flatThen(10, 100))
                .series("Y", "S1", flatThen(9, 100, 40))
                .seriesFrom("Z", "S2", 7, 10, 20, 30)
                .series("W", "S2", flatThen(6, 10.01, 10, 10, 10, 10.01));
        Analysis a = Runs.analyse(settings, files.dataset(settings));
        PortfolioRevenue r = a.insights().revenue();

        assertEquals(new PortfolioRevenue(4, 215.0, 230.01, -6.53, 15.01, 15.76,
                // 15.01 / 230.01 = 6.5258 %; 15.76 / 230.01 = 6.8519 %; 15.01 / 215 = 6.9814 %; 15.76 / 215 = 7.3302 %
                6.53, 6.85, 6.98, 7.33,
                // the top 20 are every customer at risk: all of the gap
                15.01, 100.0), r);
    }

    @Test
    void sharesOfNothingAreNull() {
        Settings settings = TestSettings.defaults();
        // one customer who never spent: revenue 0, at risk with zero-spend weeks, no gap
        Analysis a = Runs.analyse(settings, new ExportFiles(dir).series("zero", "S1", 0, 0, 0).dataset(settings));
        PortfolioRevenue r = a.insights().revenue();
        assertEquals(1, r.customers());
        assertEquals(0.0, r.baselineWeeklyRevenue());
        assertNull(r.gapPercentOfBaseline());
        assertNull(r.reiPercentOfCurrent());
        assertNull(r.currentVsBaselinePercent());
        assertNull(r.recoveryUpsidePercentOfGap());
    }

    /** An independent reading of SPEC §2-3 straight from the sales file, against the run's figure. */
    @ParameterizedTest(name = "seed {0}, fill missing weeks {1}")
    @ValueSource(strings = {"11,true", "12,false", "13,true"})
    void theSumsMatchAnIndependentComputationFromTheSalesFile(String seedAndFill) throws IOException {
        long seed = Long.parseLong(seedAndFill.split(",")[0]);
        boolean fill = Boolean.parseBoolean(seedAndFill.split(",")[1]);
        Settings settings = TestSettings.with("rgo.sales.fill-missing-weeks", Boolean.toString(fill));
        ExportFiles files = TrendLayerTest.randomExports(new ExportFiles(dir), 14, seed);
        Analysis a = Runs.analyse(settings, files.dataset(settings));

        Map<String, TreeMap<LocalDate, BigDecimal>> sales = new TreeMap<>();
        TreeSet<LocalDate> weeks = new TreeSet<>();
        List<String> lines = Files.readAllLines(files.salesFile());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            LocalDate week = LocalDate.parse(f[1]);
            weeks.add(week);
            sales.computeIfAbsent(f[0], id -> new TreeMap<>()).put(week, new BigDecimal(f[2]));
        }
        List<LocalDate> axis = List.copyOf(weeks);
        long current = 0;
        long baseline = 0;
        for (TreeMap<LocalDate, BigDecimal> rows : sales.values()) {
            List<Double> series = axis.subList(axis.indexOf(rows.firstKey()), axis.size()).stream()
                    .filter(w -> fill || rows.containsKey(w))
                    .map(w -> rows.getOrDefault(w, BigDecimal.ZERO).doubleValue()).toList();
            int n = series.size();
            int cw = Math.min(4, n);
            int baseFrom = n >= 10 ? n - 10 : 0;
            int baseTo = n > 4 ? n - 4 : n;
            current += cents(mean(series.subList(n - cw, n)));
            baseline += cents(mean(series.subList(baseFrom, baseTo)));
        }
        PortfolioRevenue r = a.insights().revenue();
        assertEquals(sales.size(), r.customers());
        assertEquals(current, Math.round(r.currentWeeklyRevenue() * 100));
        assertEquals(baseline, Math.round(r.baselineWeeklyRevenue() * 100));
        assertTrue(r.totalGap() > 0);
        assertEquals(new BigDecimal(r.totalGap()).multiply(BigDecimal.valueOf(100)).divide(
                        BigDecimal.valueOf(baseline).movePointLeft(2), 2, RoundingMode.HALF_EVEN).doubleValue(),
                r.gapPercentOfBaseline());
    }

    private static double mean(List<Double> values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    private static long cents(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
    }
}
