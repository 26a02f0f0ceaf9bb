package org.rgo.gate;

import org.rgo.ingest.CustomerDirectory;
import org.rgo.ingest.Dataset;
import org.rgo.ingest.InputKind;
import org.rgo.ingest.SalesCell;
import org.rgo.ingest.SalesTable;
import org.rgo.ingest.StockTable;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Measures a run's {@link DataProfile}: one parallel pass over the sales table's cells, block of
 * customers by block, week column by week column, with counters per block and no object per row;
 * the stock table is small (stores × weeks) and read directly.
 */
public final class Profiler {

    private static final int MIN_BLOCK = 1 << 14;
    private static final int BLOCKS_PER_CORE = 4;

    private Profiler() {}

    /** {@code historyWeeks}: how many weeks before the as-of week the store figures cover. */
    public static DataProfile of(Dataset data, int historyWeeks) {
        SalesTable sales = data.sales();
        int weekCount = sales.weekCount();
        int asOf = weekCount - 1;
        int windowFrom = Math.max(0, asOf - historyWeeks);
        Pass pass = new Pass(sales, data.customers(), windowFrom);
        int customers = sales.customerCount();
        int blockSize = Math.max(MIN_BLOCK,
                customers / (Runtime.getRuntime().availableProcessors() * BLOCKS_PER_CORE) + 1);
        int blocks = (customers + blockSize - 1) / blockSize;
        Counts counts = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> pass.count(b * blockSize, Math.min(customers, (b + 1) * blockSize)))
                .reduce(Counts::merge)
                .orElseGet(pass::empty);

        List<DataProfile.Week> weeks = new ArrayList<>(weekCount);
        for (int w = 0; w < weekCount; w++) {
            weeks.add(new DataProfile.Week(sales.week(w), counts.rows[w], counts.cents[w]));
        }
        Map<String, DataProfile.FileFacts> files = new LinkedHashMap<>();
        for (Dataset.SourceFile source : data.sources()) {
            files.put(source.kind().prefix(), new DataProfile.FileFacts(source.fileName(), source.rows(),
                    source.columns(), source.sha256()));
        }
        return new DataProfile(weekCount == 0 ? null : sales.week(asOf), weeks, windowFrom,
                salesStores(sales, counts, windowFrom, weekCount), stockStores(data.stock(), sales, windowFrom),
                counts.unknown, files, weekCount == 0 ? "" : HexFormat.of().toHexDigits(counts.digest));
    }

    private static List<DataProfile.StoreWeeks> salesStores(SalesTable sales, Counts counts, int windowFrom,
                                                            int weekCount) {
        int window = weekCount - windowFrom;
        int stores = sales.storeCount();
        Map<String, DataProfile.StoreWeeks> byId = new TreeMap<>();
        for (int s = 0; s < stores; s++) {
            List<Long> rows = new ArrayList<>(window);
            for (int w = 0; w < window; w++) {
                rows.add((long) counts.storeRows[w * stores + s]);
            }
            byId.put(sales.storeId(s), new DataProfile.StoreWeeks(sales.storeId(s), rows));
        }
        return List.copyOf(byId.values());
    }

    private static List<DataProfile.StoreWeeks> stockStores(StockTable stock, SalesTable sales, int windowFrom) {
        List<DataProfile.StoreWeeks> stores = new ArrayList<>();
        new TreeMap<>(stock.byStoreAndDay()).forEach((store, byDay) -> {
            List<Long> rows = new ArrayList<>();
            for (int w = windowFrom; w < sales.weekCount(); w++) {
                StockTable.SkuCounts counts = byDay.get(sales.week(w).toEpochDay());
                rows.add(counts == null ? 0L : counts.rows());
            }
            stores.add(new DataProfile.StoreWeeks(store, rows));
        });
        return stores;
    }

    /** What one block of customers adds up to; blocks merge in any order to the same totals. */
    private static final class Counts {
        final long[] rows;
        final long[] cents;
        final int[] storeRows;
        long unknown;
        long digest;

        Counts(int weeks, int windowCells) {
            rows = new long[weeks];
            cents = new long[weeks];
            storeRows = new int[windowCells];
        }

        Counts merge(Counts other) {
            for (int w = 0; w < rows.length; w++) {
                rows[w] += other.rows[w];
                cents[w] += other.cents[w];
            }
            for (int i = 0; i < storeRows.length; i++) {
                storeRows[i] += other.storeRows[i];
            }
            unknown += other.unknown;
            digest += other.digest;
            return this;
        }
    }

    /** The per-block work, over the columns of the sales table. */
    private static final class Pass {
        private final SalesTable sales;
        private final CustomerDirectory customers;
        private final int windowFrom;
        private final int weeks;
        private final int stores;
        private final long[] storeHash;
        private final long[] weekHash;

        Pass(SalesTable sales, CustomerDirectory customers, int windowFrom) {
            this.sales = sales;
            this.customers = customers;
            this.windowFrom = windowFrom;
            this.weeks = sales.weekCount();
            this.stores = sales.storeCount();
            this.storeHash = new long[stores];
            for (int s = 0; s < stores; s++) {
                storeHash[s] = mix(sales.storeId(s).hashCode() + 0x632BE59BD9B4E019L);
            }
            this.weekHash = new long[weeks];
            for (int w = 0; w < weeks; w++) {
                weekHash[w] = mix(sales.week(w).toEpochDay() * 0x9E3779B97F4A7C15L);
            }
        }

        Counts empty() {
            return new Counts(weeks, (weeks - windowFrom) * stores);
        }

        Counts count(int from, int to) {
            Counts counts = empty();
            long[] customerHash = new long[to - from];
            for (int c = from; c < to; c++) {
                customerHash[c - from] = mix(sales.customerId(c).hashCode() ^ 0xD6E8FEB86659FD93L);
            }
            int asOf = weeks - 1;
            for (int w = 0; w < weeks; w++) {
                long rows = 0;
                long cents = 0;
                long digest = 0;
                int windowBase = (w - windowFrom) * stores;
                for (int c = from; c < to; c++) {
                    long cell = sales.cell(w, c);
                    if (!SalesCell.hasRow(cell)) {
                        continue;
                    }
                    double spend = sales.spend(cell);
                    int store = SalesCell.store(cell);
                    rows++;
                    cents += Math.round(spend * 100.0);
                    digest += mix(customerHash[c - from] ^ weekHash[w] ^ mix(Double.doubleToLongBits(spend)
                            ^ storeHash[store] ^ (SalesCell.highValue(cell) ? 1L : 0L)));
                    if (w >= windowFrom) {
                        counts.storeRows[windowBase + store]++;
                    }
                    if (w == asOf && customers.row(sales.customerId(c)) < 0) {
                        counts.unknown++;
                    }
                }
                counts.rows[w] += rows;
                counts.cents[w] += cents;
                counts.digest += digest;
            }
            return counts;
        }
    }

    /** SplitMix64's finaliser. */
    private static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
