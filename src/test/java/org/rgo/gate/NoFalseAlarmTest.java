package org.rgo.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rgo.golden.GoldenDataSets;

import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Healthy data is never held: the sample, the golden data sets (short series, duplicate rows,
 * customers missing from the customers file) and generated sets of many seeds and shapes, with
 * missing customer-weeks, late joiners, store moves, churners whose rows stop, shuffled rows. Each
 * is checked alone, after the same export, and after the export of the week before (the same set
 * cut one week earlier: the weekly sequence the service sees).
 */
class NoFalseAlarmTest {

    private static final Path WORK = Path.of("target", "gate-healthy").toAbsolutePath();

    /** A dozen seeds, each with its own shape: 150 to 620 customers, 5 to 20 weeks, 1 to 6 stores. */
    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 12).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedSetsPass(long seed) {
        int customers = 150 + (int) (seed * 37 % 470);
        int weeks = 5 + (int) (seed * 7 % 16);
        int stores = 1 + (int) (seed % 6);
        Path set = Exports.generated(WORK.resolve("seed-" + seed), customers, weeks, stores, 3 + (int) (seed % 6),
                seed * 1_000_003, seed % 2 == 0);
        Path weekBefore = Exports.firstWeeks(set, WORK.resolve("seed-" + seed + "-week-before"), weeks - 1);

        assertPassed(Checked.alone(set), set);
        assertPassed(Checked.after(set, set), set);
        assertPassed(Checked.after(weekBefore, set), set);
    }

    @Test
    void theSamplePasses() {
        Path sample = Exports.sample(WORK.resolve("sample"));
        Path weekBefore = Exports.firstWeeks(sample, WORK.resolve("sample-week-before"), 11);

        assertPassed(Checked.alone(sample), sample);
        assertPassed(Checked.alone(weekBefore), weekBefore);
        assertPassed(Checked.after(weekBefore, sample), sample);
    }

    @Test
    void theGoldenDataSetsPass() {
        Path golden = WORK.resolve("golden");
        GoldenDataSets.writeAll(golden, Path.of("samples"));
        for (String set : GoldenDataSets.ALL) {
            assertPassed(Checked.alone(golden.resolve(set)), golden.resolve(set));
        }
        // the same rows in another order are the same data: not a week exported again with other figures
        Path sorted = golden.resolve(GoldenDataSets.GENERATED_SORTED);
        assertPassed(Checked.after(sorted, golden.resolve(GoldenDataSets.GENERATED_SHUFFLED)), sorted);
    }

    private static void assertPassed(GateResult result, Path set) {
        assertEquals(GateResult.Status.PASSED, result.status(), () -> set + ":\n" + result.messages());
    }
}
