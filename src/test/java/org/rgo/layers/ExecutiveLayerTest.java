package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rgo.layers.Runs.flatThen;

/** SPEC §9: verdict, targets, triggers and data freshness. */
class ExecutiveLayerTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "total REI {0} -> {1}")
    @CsvSource({"0, LOW", "14999.99, LOW", "15000, MEDIUM", "49999.99, MEDIUM", "50000, HIGH", "1000000, HIGH"})
    void verdictBoundaries(double totalRei, String verdict) {
        assertEquals(verdict, new ExecutiveLayer(TestSettings.defaults()).verdict(totalRei));
    }

    /** One at-risk customer: 100 ×9, 40 -> gap 15, REI 15.75; plus one customer not in the customers file. */
    private Executive evaluate(String... overrides) {
        Settings settings = TestSettings.with(overrides);
        ExportFiles files = new ExportFiles(dir).series("c", "S1", flatThen(9, 100, 40))
                .unlisted("x").series("x", "S1", flatThen(10, 5));
        return Runs.analyse(settings, files.dataset(settings)).executive();
    }

    @Test
    void targetsAreOnTargetAtTheirLimitAndAboveBeyondIt() {
        Executive at = evaluate("rgo.target.max-rei", "15.75", "rgo.target.max-customers-at-risk", "1");
        assertEquals(List.of(new Executive.Target("Total REI", 15.75, 15.75, "On target", false),
                new Executive.Target("Customers at risk", 1, 1, "On target", true)), at.targets());

        Executive above = evaluate("rgo.target.max-rei", "15.74", "rgo.target.max-customers-at-risk", "0");
        assertEquals(List.of("Above target", "Above target"),
                above.targets().stream().map(Executive.Target::status).toList());
    }

    @Test
    void triggersFireAtTheirThresholds() {
        Executive fired = evaluate("rgo.trigger.rei", "15.75", "rgo.trigger.customers-at-risk", "1");
        assertEquals(List.of("Total REI 15.75 is at or above 15.75", "1 customers at risk, at or above 1"),
                fired.executiveTriggers());
        Executive quiet = evaluate("rgo.trigger.rei", "15.76", "rgo.trigger.customers-at-risk", "2");
        assertEquals(List.of(), quiet.executiveTriggers());
    }

    @Test
    void dataAsOfAndWarnings() {
        Executive e = evaluate();
        assertEquals("LOW", e.verdict());
        assertEquals(ExportFiles.WEEK0.plusWeeks(9), e.asOfWeek());
        assertEquals(ExportFiles.LOADED_AT, e.dataSnapshotUtc());
        assertEquals(List.of("customer x has sales but is not in the customers file"), e.validationWarnings());
    }
}
