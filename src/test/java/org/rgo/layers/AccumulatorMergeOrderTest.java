package org.rgo.layers;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.ExportFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 12's accumulators (drivers, portfolio revenue, the stockout what-if) give the same figures
 * however the customers are cut into chunks and whatever order or grouping the chunks' totals merge
 * in, also after a round trip through Java serialization (as on a cluster).
 */
class AccumulatorMergeOrderTest {

    @TempDir
    static Path dir;

    /** Every figure of the three accumulators, in map order: equal strings mean equal figures and orders. */
    private static String figures(Totals totals) {
        Portfolio portfolio = totals.portfolio().portfolio();
        return totals.drivers().drivers() + "\n" + totals.revenue().against(portfolio) + "\n"
                + totals.whatIf().against(portfolio);
    }

    /** Each chunk's totals after the analyze route's per-chunk steps. */
    private static List<Totals> chunkTotals(Settings settings, Dataset data, int chunkSize) {
        AnalysisInput input = AnalysisInput.of(settings, data);
        Kernel kernel = Runs.kernel(settings);
        List<Totals> parts = new ArrayList<>();
        input.ranges(chunkSize).forEachRemaining(range -> {
            Chunk chunk = kernel.evaluate(new SeriesLayer().gather(range));
            new PortfolioLayer().accumulate(chunk);
            new TrendLayer().accumulate(chunk);
            new DriversLayer().accumulate(chunk);
            new PortfolioRevenueLayer().accumulate(chunk);
            new StoreWhatIfLayer(new RootCauseLayer(settings)).accumulate(chunk);
            parts.add(chunk.totals());
        });
        return parts;
    }

    private static Totals inOrder(Model model, List<Totals> parts) {
        Totals run = Totals.empty(model);
        parts.forEach(part -> run.merge(copy(part)));
        return run;
    }

    /** Pairs merged, then pairs of pairs: the grouping a tree reduce on a cluster uses. */
    private static Totals tree(List<Totals> parts) {
        List<Totals> level = new ArrayList<>(parts.stream().map(AccumulatorMergeOrderTest::copy).toList());
        while (level.size() > 1) {
            List<Totals> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? copy(level.get(i)).merge(copy(level.get(i + 1))) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    private static Totals copy(Totals totals) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(totals);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (Totals) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 21L, 31L})
    void anyChunkingOrderAndGroupingGivesTheSameFigures(long seed) {
        Settings settings = TestSettings.with("rgo.root-cause.mixed", "true");
        ExportFiles files = TrendLayerTest.randomExports(new ExportFiles(dir.resolve("s" + seed)), 14, seed);
        for (int w = 0; w < 14; w++) {
            files.stock("S" + (w % 3), w, "SKU-2", 0);
        }
        Dataset data = files.dataset(settings);
        Model model = AnalysisInput.of(settings, data).model();
        String expected = figures(inOrder(model, chunkTotals(settings, data, 1000)));

        Random random = new Random(seed);
        for (int chunkSize : new int[] {1, 2, 3, 7}) {
            List<Totals> parts = chunkTotals(settings, data, chunkSize);
            List<Function<List<Totals>, Totals>> orders = List.of(
                    p -> inOrder(model, p),
                    p -> {
                        List<Totals> reversed = new ArrayList<>(p);
                        Collections.reverse(reversed);
                        return inOrder(model, reversed);
                    },
                    p -> {
                        List<Totals> shuffled = new ArrayList<>(p);
                        Collections.shuffle(shuffled, random);
                        return inOrder(model, shuffled);
                    },
                    AccumulatorMergeOrderTest::tree);
            for (Function<List<Totals>, Totals> order : orders) {
                assertEquals(expected, figures(order.apply(parts)), "chunks of " + chunkSize);
            }
        }
    }
}
