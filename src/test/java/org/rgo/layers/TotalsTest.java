package org.rgo.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;
import org.rgo.config.TestSettings;
import org.rgo.ingest.ExportFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The run's totals are the same whatever the chunks, their merge order or grouping, and survive
 * Java serialization (a cluster ships them between machines).
 */
class TotalsTest {

    @TempDir
    Path dir;

    private final Settings settings = TestSettings.with("rgo.portfolio.top-n", "4", "rgo.rei.recurrence", "true");

    /** Customers with gaps, zero weeks, stockouts, two stores, late joiners, ties on REI. */
    private AnalysisInput input() {
        ExportFiles files = new ExportFiles(dir).stockout("S1", 9).stockout("S2", 8);
        Random random = new Random(7);
        for (int c = 0; c < 40; c++) {
            double[] spend = new double[6 + random.nextInt(5)];
            for (int w = 0; w < spend.length; w++) {
                spend[w] = random.nextInt(4) == 0 ? 0 : 10 + random.nextInt(90);
            }
            files.seriesFrom("c" + c, c % 3 == 0 ? "S2" : "S1", 10 - spend.length, spend);
        }
        files.series("tie-b", "S1", Runs.flatThen(8, 500, 20, 20)).series("tie-a", "S1", Runs.flatThen(8, 500, 20, 20));
        return AnalysisInput.of(settings, files.dataset(settings));
    }

    private static List<Totals> chunkTotals(AnalysisInput input, int chunkSize) {
        Kernel kernel = Runs.kernel(input.settings());
        List<Totals> totals = new ArrayList<>();
        input.ranges(chunkSize).forEachRemaining(range -> {
            Chunk chunk = kernel.evaluate(new SeriesLayer().gather(range));
            new PortfolioLayer().accumulate(chunk);
            new TrendLayer().accumulate(chunk);
            new PortfolioLayer().rank(chunk);
            new RestockLayer().accumulate(chunk);
            totals.add(chunk.totals());
        });
        return totals;
    }

    private static Totals mergedInOrder(Model model, List<Totals> parts) {
        Totals merged = Totals.empty(model);
        parts.forEach(merged::merge);
        return merged;
    }

    /** Pairs neighbours until one is left: a tree of merges, as a cluster does it. */
    private static Totals mergedAsATree(List<Totals> parts) {
        List<Totals> level = new ArrayList<>(parts);
        while (level.size() > 1) {
            List<Totals> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    private static Analysis finished(AnalysisInput input, Totals totals) {
        return new ExecutiveLayer(input.settings()).apply(input, totals);
    }

    private static void assertSameAnalysis(AnalysisInput input, Analysis expected, Analysis actual) {
        assertEquals(expected.portfolio(), actual.portfolio());
        assertEquals(expected.trend(), actual.trend());
        assertEquals(expected.executive(), actual.executive());
        assertEquals(expected.restock(), actual.restock());
        assertArrayEquals(expected.ranking().inPriorityOrder(input.data()::customerId),
                actual.ranking().inPriorityOrder(input.data()::customerId));
    }

    @Test
    void anyChunkSizeMergeOrderOrGroupingGivesTheSameResults() {
        AnalysisInput input = input();
        Analysis oneChunk = finished(input, mergedInOrder(input.model(), chunkTotals(input, 1000)));

        List<Totals> small = chunkTotals(input, 3);
        Collections.shuffle(small, new Random(11));
        assertSameAnalysis(input, oneChunk, finished(input, mergedInOrder(input.model(), small)));
        assertSameAnalysis(input, oneChunk, finished(input, mergedAsATree(chunkTotals(input, 5))));
        assertEquals(List.of("tie-a", "tie-b"), oneChunk.portfolio().topPriority().stream()
                .map(CustomerResult::customerId).filter(id -> id.startsWith("tie")).toList(),
                "equal REI and gap: ids decide");
    }

    @Test
    void totalsSurviveSerialization() throws IOException, ClassNotFoundException {
        AnalysisInput input = input();
        List<Totals> parts = chunkTotals(input, 7);
        Analysis direct = finished(input, mergedInOrder(input.model(), chunkTotals(input, 7)));

        List<Totals> shipped = new ArrayList<>();
        for (Totals part : parts) {
            shipped.add(roundTrip(part));
        }
        assertSameAnalysis(input, direct, finished(input, mergedInOrder(roundTrip(input.model()), shipped)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
