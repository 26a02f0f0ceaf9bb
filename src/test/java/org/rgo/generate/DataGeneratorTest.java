package org.rgo.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.ingest.ExportReader;
import org.rgo.ingest.SalesTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataGeneratorTest {

    @TempDir
    Path dir;

    private DataGenerator.Written generate(String name, long seed, boolean shuffle) {
        return new DataGenerator(new GeneratorOptions(300, 10, 4, 6, seed, dir.resolve(name), shuffle,
                GeneratorOptions.SAMPLE_AS_OF_WEEK)).write();
    }

    private List<String> lines(String set, String file) throws IOException {
        return Files.readAllLines(dir.resolve(set).resolve(file));
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        generate("a", 7, true);
        generate("b", 7, true);
        for (String file : List.of(DataGenerator.CUSTOMERS_FILE, DataGenerator.SALES_FILE, DataGenerator.STOCK_FILE)) {
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)), file);
        }
        generate("c", 8, true);
        assertNotEquals(lines("a", DataGenerator.SALES_FILE), lines("c", DataGenerator.SALES_FILE));
    }

    @Test
    void headersAreTheSamplesAndRowCountsAddUp() throws IOException {
        DataGenerator.Written written = generate("sorted", 1, false);
        for (String file : List.of(DataGenerator.CUSTOMERS_FILE, DataGenerator.SALES_FILE, DataGenerator.STOCK_FILE)) {
            assertEquals(Files.readAllLines(Path.of("samples", file)).get(0), lines("sorted", file).get(0), file);
        }
        assertEquals(300, written.customers());
        assertEquals(lines("sorted", DataGenerator.CUSTOMERS_FILE).size() - 1, written.customers());
        assertEquals(4 * 6 * 10, written.stock());
        assertEquals(lines("sorted", DataGenerator.STOCK_FILE).size() - 1, written.stock());
        assertEquals(lines("sorted", DataGenerator.SALES_FILE).size() - 1, written.sales());
        // some weeks are missing (late joiners, gaps, vanished churners), but most are there
        assertTrue(written.sales() < 300 * 10 && written.sales() > 300 * 10 * 8 / 10, "sales rows " + written.sales());
    }

    @Test
    void shuffledIsAPermutationOfSorted() throws IOException {
        generate("sorted", 3, false);
        generate("shuffled", 3, true);
        for (String file : List.of(DataGenerator.CUSTOMERS_FILE, DataGenerator.SALES_FILE, DataGenerator.STOCK_FILE)) {
            List<String> sorted = lines("sorted", file);
            List<String> shuffled = lines("shuffled", file);
            assertNotEquals(sorted, shuffled, file);
            assertEquals(new HashSet<>(sorted), new HashSet<>(shuffled), file);
            assertEquals(sorted.size(), shuffled.size(), file);
        }
    }

    @Test
    void thePipelineAcceptsTheGeneratedExport() {
        generate("set", 5, true);
        ExportReader reader = new ExportReader(Settings.defaults(), 50, 1040, Long.MAX_VALUE);
        SalesTable sales = reader.sales(dir.resolve("set").resolve(DataGenerator.SALES_FILE), 0);
        assertEquals(10, sales.weekCount());
        assertEquals(GeneratorOptions.SAMPLE_AS_OF_WEEK, sales.week(sales.asOfWeek()));
        assertTrue(sales.warnings().isEmpty(), "no duplicate rows: the answer must not depend on row order");
        reader.customers(dir.resolve("set").resolve(DataGenerator.CUSTOMERS_FILE));
        reader.stock(dir.resolve("set").resolve(DataGenerator.STOCK_FILE));
    }

    @Test
    void thePermutationIsABijection() {
        for (long n : new long[] {1, 2, 3, 17, 1000, 4097}) {
            KeyedPermutation p = new KeyedPermutation(n, 42);
            Set<Long> seen = new HashSet<>();
            for (long i = 0; i < n; i++) {
                long v = p.at(i);
                assertTrue(v >= 0 && v < n);
                seen.add(v);
            }
            assertEquals(n, seen.size());
        }
    }
}
