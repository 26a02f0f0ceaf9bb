package org.rgo.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.golden.GoldenDataSets;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.ExportFiles;
import org.rgo.layers.Analysis;
import org.rgo.layers.RankedCustomers;
import org.rgo.layers.Runs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * On the golden data sets (the sample; store moves, late joiners and missing weeks; repeated rows;
 * short series), restock.csv and every owner's list equal what {@link ActionListsOracle}
 * recomputes from the three exports, with and without the mixed cause.
 */
class ActionListsRecomputedTest {

    private static final Path WORK = Path.of("target", "action-lists").toAbsolutePath();

    @BeforeAll
    static void writeTheDataSets() {
        GoldenDataSets.writeAll(WORK.resolve("inputs"), Path.of("samples"));
    }

    @ParameterizedTest(name = "{0}, mixed cause {1}")
    @CsvSource({"sample,false", "gaps-joiners-moves,false", "gaps-joiners-moves,true", "duplicate-rows,false",
            "short-series,true", "generated-shuffled,true"})
    void theListsAreTheRecomputedOnes(String set, boolean mixed) {
        Settings settings = TestSettings.with("rgo.root-cause.mixed", Boolean.toString(mixed));
        Path data = WORK.resolve("inputs").resolve(set);
        Dataset dataset = ExportFiles.read(settings, data.resolve(GoldenDataSets.CUSTOMERS),
                data.resolve(GoldenDataSets.SALES), data.resolve(GoldenDataSets.STOCK));
        Analysis analysis = Runs.analyse(settings, dataset);
        Path out = GoldenDataSets.emptied(WORK.resolve("out").resolve(set + "-" + mixed));
        new RunOutput(analysis, new RankedCustomers(Runs.kernel(settings), analysis, 64), Optional.empty())
                .writeInto(out);

        ActionListsOracle.assertMatches(data, out);
    }
}
