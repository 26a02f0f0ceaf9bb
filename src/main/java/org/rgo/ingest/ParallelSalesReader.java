package org.rgo.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sales export read on every core, straight from bytes, into the same {@link SalesTable} the
 * FastCSV path builds. It takes only clean files: plain ASCII (no byte order mark), no quote
 * character, no control character but the CR of a CRLF, each required column once, no more
 * weeks than allowed, no duplicate (customer, week) row, and no row that breaks a rule. On anything else it gives up and returns
 * null, and the caller reads the file with the one-row-at-a-time path, which reports problems and
 * duplicate warnings with their line numbers. So every message stays that path's message, and
 * this class only has to be fast on the files that have none.
 *
 * <p>The file is cut into chunks at line starts; worker threads parse chunks and write each row
 * straight into the week columns. A duplicate (week, customer) row is seen when its slot is
 * already filled, or at the end, when fewer slots are filled than rows were read. Customers and
 * stores get provisional indexes as threads meet them, with the byte offset of their first row;
 * at the end they are renumbered in order of first appearance, as the one-row-at-a-time path
 * numbers them.
 */
final class ParallelSalesReader {

    /** Work unit: large enough to amortise a read call, small enough to balance two cores. */
    private static final int CHUNK_BYTES = 8 << 20;
    private static final int MAX_SEGMENT_COLUMNS = 3;
    private static final int MAX_SEGMENT_VALUES = (1 << 14) - 2;
    private static final int MAX_WEEK_COLUMNS = (1 << 12) - 1;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final long EMPTY_KEY = -1L;
    private static final int UNRESOLVED = -1;

    /** Thrown inside the workers when the file needs the one-row-at-a-time path. */
    private static class NotClean extends RuntimeException {
        NotClean() {
            super(null, null, false, false);
        }
    }

    private static final NotClean NOT_CLEAN = new NotClean();

    private final Path file;
    private final List<String> segmentColumns;
    private final int capacity;

    // column layout of the file
    private int fieldCount;
    private int idAt;
    private int weekAt;
    private int spendAt;
    private int storeAt;
    private int highAt;
    private int[] segmentAt;
    private String[] segmentNames;
    private long dataStart;
    private long fileSize;

    /**
     * Customers with canonical whole-number ids: a lock-free open-addressing table of (key, entry)
     * pairs, entry = first row's byte offset << 24 | provisional index (0 while being inserted), so
     * that one cache line gives both the index and the first appearance. Other ids: a concurrent map.
     */
    private long[] numericTable;
    private int numericMask;
    private final Map<String, Integer> textIds = new ConcurrentHashMap<>();
    private final AtomicInteger customerCount = new AtomicInteger();
    private String[] customerText;
    private long[] textFirstOffset;

    // stores and segment values: few, so a concurrent map behind each worker's cache
    private final Map<String, Integer> storeIds = new ConcurrentHashMap<>();
    private final List<String> storeNames = new ArrayList<>();
    private long[] storeFirstOffset = new long[0];
    private final List<Map<String, Integer>> segmentValueIds = new ArrayList<>();
    private final List<Double> overflowSpend = new ArrayList<>();
    private final List<List<String>> segmentValues = new ArrayList<>();

    // week columns, created as days appear
    private final Map<Integer, Integer> columnOfDay = new ConcurrentHashMap<>();
    private volatile Column[] columns = new Column[0];

    /**
     * One week, two longs per customer side by side, so that a row in a shuffled file costs one
     * cache miss, not two: the spend ({@link SalesCell} spend part, -1 = no row), then the row's other values: store
     * index in bits 0-19, high value in bit 20, 14 bits per segment value id from bit 21 (0 = none).
     */
    private static final class Column {
        final int day;
        final long[] slots;

        Column(int day, int capacity) {
            this.day = day;
            this.slots = new long[capacity * 2];
            for (int i = 0; i < slots.length; i += 2) {
                slots[i] = NO_ROW;
            }
        }
    }

    /** A spend part is never negative. */
    private static final long NO_ROW = -1L;

    private static final int STORE_BITS = 20;
    private static final long STORE_MASK = (1L << STORE_BITS) - 1;
    private static final long HIGH_BIT = 1L << STORE_BITS;
    private static final int SEGMENT_SHIFT = STORE_BITS + 1;
    private static final int SEGMENT_BITS = 14;
    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private final int maxWeeks;

    private ParallelSalesReader(Path file, List<String> segmentColumns, int capacity, int maxWeeks) {
        this.maxWeeks = Math.min(maxWeeks, MAX_WEEK_COLUMNS);
        this.file = file;
        this.segmentColumns = segmentColumns;
        this.capacity = capacity;
    }

    /**
     * The sales table of a clean file, or null when the file must be read row by row.
     * {@code expectedCustomers} sizes the tables (the customers file's count, 0 when unknown);
     * more customers than that in the sales file make another attempt with twice the room.
     */
    static SalesTable readIfClean(Path file, List<String> segmentColumns, int expectedCustomers, int maxWeeks) {
        // a full table stops the attempt at once, so a low guess costs little but the next attempt;
        // doubling keeps the columns at most twice the customers
        long capacity = Math.max(1 << 12, expectedCustomers + expectedCustomers / 8L);
        for (; capacity <= ID_MASK; capacity *= 2) {
            try {
                return new ParallelSalesReader(file, segmentColumns, (int) capacity, maxWeeks).read();
            } catch (NotClean e) {
                if (!(e instanceof TooManyCustomers)) {
                    return null;
                }
            }
        }
        return null;
    }

    private static final class TooManyCustomers extends NotClean {}

    private SalesTable read() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            fileSize = channel.size();
            if (!readHeader(channel)) {
                return null;
            }
            allocateCustomers();
            int chunks = (int) Math.max(1, (fileSize - dataStart + CHUNK_BYTES - 1) / CHUNK_BYTES);
            int threads = Math.min(chunks, Runtime.getRuntime().availableProcessors());
            AtomicInteger nextChunk = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "sales-reader");
                thread.setDaemon(true);
                return thread;
            });
            long rows = 0;
            try {
                List<Future<Long>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> new Worker(channel).run(nextChunk, chunks)));
                }
                NotClean notClean = null;
                for (Future<Long> worker : workers) {
                    try {
                        rows += worker.get();
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof NotClean n) {
                            notClean = notClean instanceof TooManyCustomers ? notClean : n;
                            nextChunk.set(chunks);
                        } else if (e.getCause() instanceof UncheckedIOException io) {
                            throw io;
                        } else {
                            throw new IllegalStateException(e.getCause());
                        }
                    }
                }
                if (notClean != null) {
                    throw notClean;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
            if (rows == 0) {
                return null;
            }
            return build(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads the header the way {@link CsvInput} does; false when the file is not for this path. */
    private boolean readHeader(FileChannel channel) throws IOException {
        byte[] head = new byte[(int) Math.min(fileSize, 1 << 16)];
        channel.read(ByteBuffer.wrap(head), 0);
        int from = 0;
        int end = from;
        while (end < head.length && head[end] != '\n') {
            byte c = head[end];
            // a byte order mark, other non-ASCII text, quotes and control characters: row by row
            if (c < 0 || c == '"' || c == 0x7F || c < ' ' && !(c == '\r' && end + 1 < head.length && head[end + 1] == '\n')) {
                return false;
            }
            end++;
        }
        if (end == head.length) {
            return false;
        }
        dataStart = end + 1;
        String line = new String(head, from, end - from, StandardCharsets.UTF_8);
        if (line.isBlank()) {
            return false;
        }
        String[] names = line.split(",", -1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : InputKind.SALES.requiredColumns()) {
            long times = Arrays.stream(names).filter(name -> name.trim().toLowerCase(Locale.ROOT).equals(required)).count();
            if (times != 1) {
                return false;
            }
        }
        fieldCount = names.length;
        idAt = columns.get("customer_id");
        weekAt = columns.get("week_start_date");
        spendAt = columns.get("weekly_spend");
        storeAt = columns.get("store_id");
        highAt = columns.getOrDefault("is_high_value_customer", -1);
        Map<String, Integer> present = new LinkedHashMap<>();
        for (String column : segmentColumns) {
            if (columns.containsKey(column)) {
                present.put(column, columns.get(column));
            }
        }
        if (present.size() > MAX_SEGMENT_COLUMNS) {
            return false;
        }
        segmentNames = present.keySet().toArray(String[]::new);
        segmentAt = present.values().stream().mapToInt(Integer::intValue).toArray();
        for (int s = 0; s < segmentAt.length; s++) {
            segmentValueIds.add(new ConcurrentHashMap<>());
            segmentValues.add(new ArrayList<>());
        }
        return true;
    }

    private void allocateCustomers() {
        int tableSize = Integer.highestOneBit(capacity + capacity / 2) << 1;
        numericTable = new long[tableSize * 2];
        for (int i = 0; i < numericTable.length; i += 2) {
            numericTable[i] = EMPTY_KEY;
        }
        numericMask = tableSize - 1;
        customerText = new String[capacity];
        textFirstOffset = new long[capacity];
        Arrays.fill(textFirstOffset, Long.MAX_VALUE);
    }

    private int newCustomer() {
        int id = customerCount.getAndIncrement();
        if (id >= capacity) {
            throw new TooManyCustomers();
        }
        return id;
    }

    /** Provisional index of a canonical whole-number id, lowering its first offset to {@code offset}. */
    private int numericCustomer(long key, long offset) {
        return numericCustomerAt(homeSlot(key), key, offset);
    }

    /** Where a key's probe starts: an even index into the table (key, entry pairs). */
    private int homeSlot(long key) {
        return (int) (mix(key) & numericMask) << 1;
    }

    private int numericCustomerAt(int homeSlot, long key, long offset) {
        long[] table = numericTable;
        int slot = homeSlot;
        while (true) {
            long present = (long) LONGS.getAcquire(table, slot);
            if (present == key) {
                long entry;
                while ((entry = (long) LONGS.getAcquire(table, slot + 1)) == 0) {
                    Thread.onSpinWait();
                }
                while (offset < entry >>> ID_BITS) {
                    long lowered = offset << ID_BITS | (entry & ID_MASK);
                    if (LONGS.compareAndSet(table, slot + 1, entry, lowered)) {
                        break;
                    }
                    entry = (long) LONGS.getAcquire(table, slot + 1);
                }
                return (int) (entry & ID_MASK);
            }
            if (present == EMPTY_KEY) {
                if (LONGS.compareAndSet(table, slot, EMPTY_KEY, key)) {
                    int id = newCustomer();
                    LONGS.setRelease(table, slot + 1, offset << ID_BITS | id);
                    return id;
                }
                continue;
            }
            slot = (slot + 2) & (numericMask << 1 | 1);
        }
    }

    private int textCustomer(String id, long offset) {
        int index = textIds.computeIfAbsent(id, k -> {
            int created = newCustomer();
            customerText[created] = k;
            return created;
        });
        long known;
        while (offset < (known = (long) LONGS.getAcquire(textFirstOffset, index))) {
            if (LONGS.compareAndSet(textFirstOffset, index, known, offset)) {
                break;
            }
        }
        return index;
    }

    private synchronized int store(String storeId, long offset) {
        Integer known = storeIds.get(storeId);
        if (known != null) {
            if (offset < storeFirstOffset[known]) {
                storeFirstOffset[known] = offset;
            }
            return known;
        }
        int index = storeNames.size();
        if (index > STORE_MASK) {
            throw NOT_CLEAN;
        }
        storeNames.add(storeId);
        storeFirstOffset = Arrays.copyOf(storeFirstOffset, index + 1);
        storeFirstOffset[index] = offset;
        storeIds.put(storeId, index);
        return index;
    }

    /** A spend with more digits than a cell holds: kept exactly in the table's overflow list. */
    private synchronized long overflow(double amount) {
        overflowSpend.add(amount);
        return SalesCell.overflow(overflowSpend.size() - 1);
    }

    private synchronized int segmentValue(int segment, String value) {
        Map<String, Integer> ids = segmentValueIds.get(segment);
        Integer known = ids.get(value);
        if (known != null) {
            return known;
        }
        List<String> values = segmentValues.get(segment);
        if (values.size() >= MAX_SEGMENT_VALUES) {
            throw NOT_CLEAN;
        }
        values.add(value);
        ids.put(value, values.size() - 1);
        return values.size() - 1;
    }

    private synchronized int column(int day) {
        Integer known = columnOfDay.get(day);
        if (known != null) {
            return known;
        }
        Column[] current = columns;
        if (current.length >= maxWeeks) {
            throw NOT_CLEAN;
        }
        Column[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = new Column(day, capacity);
        columns = grown;
        columnOfDay.put(day, current.length);
        return current.length;
    }

    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    /** Renumbers customers and stores by first appearance and sorts the weeks, as SalesTableBuilder does. */
    private SalesTable build(long rows) {
        int customers = customerCount.get();
        long[] firstOffset = textFirstOffset;
        long[] numericKey = new long[customers];
        Arrays.fill(numericKey, EMPTY_KEY);
        for (int i = 0; i < numericTable.length; i += 2) {
            if (numericTable[i] != EMPTY_KEY) {
                int id = (int) (numericTable[i + 1] & ID_MASK);
                numericKey[id] = numericTable[i];
                firstOffset[id] = numericTable[i + 1] >>> ID_BITS;
            }
        }
        numericTable = null;
        int[] order = firstAppearanceOrder(firstOffset, customers);
        int[] rank = new int[customers];
        for (int i = 0; i < customers; i++) {
            rank[order[i]] = i;
        }
        String[] ids = new String[customers];
        for (int i = 0; i < customers; i++) {
            int c = order[i];
            ids[i] = numericKey[c] != EMPTY_KEY ? Long.toString(numericKey[c]) : customerText[c];
        }
        int[] storeOrder = firstAppearanceOrder(storeFirstOffset, storeNames.size());
        int[] storeRank = new int[storeOrder.length];
        String[] storeIdsInOrder = new String[storeOrder.length];
        for (int i = 0; i < storeOrder.length; i++) {
            storeRank[storeOrder[i]] = i;
            storeIdsInOrder[i] = storeNames.get(storeOrder[i]);
        }
        Column[] byDay = columns;
        columns = new Column[0];
        Integer[] sorted = new Integer[byDay.length];
        Arrays.setAll(sorted, i -> i);
        Arrays.sort(sorted, (a, b) -> Integer.compare(byDay[a].day, byDay[b].day));
        LocalDate[] weeks = new LocalDate[byDay.length];
        long[][] cells = new long[byDay.length][];
        long[] latestAttributes = new long[customers];
        long filled = 0;
        for (int i = 0; i < sorted.length; i++) {
            Column column = byDay[sorted[i]];
            byDay[sorted[i]] = null;
            weeks[i] = LocalDate.ofEpochDay(column.day);
            long[] week = new long[customers];
            long[] slots = column.slots;
            // read the column in provisional order and scatter: reads that wait on a miss stall,
            // writes do not
            for (int p = 0; p < customers; p++) {
                long spend = slots[p * 2];
                if (spend != NO_ROW) {
                    filled++;
                    long attributes = slots[p * 2 + 1];
                    week[rank[p]] = SalesCell.of(spend, (attributes & HIGH_BIT) != 0,
                            storeRank[(int) (attributes & STORE_MASK)]);
                    latestAttributes[p] = attributes;
                }
            }
            cells[i] = week;
        }
        if (filled != rows) {
            return null;
        }
        Map<String, String[]> segments = new LinkedHashMap<>();
        for (int seg = 0; seg < segmentNames.length; seg++) {
            String[] values = new String[customers];
            List<String> names = segmentValues.get(seg);
            for (int c = 0; c < customers; c++) {
                int id = (int) (latestAttributes[order[c]] >>> (SEGMENT_SHIFT + SEGMENT_BITS * seg) & ((1 << SEGMENT_BITS) - 1));
                values[c] = id == 0 ? null : names.get(id - 1);
            }
            segments.put(segmentNames[seg], values);
        }
        return new SalesTable(weeks, ids, cells, overflowSpend.stream().mapToDouble(Double::doubleValue).toArray(),
                storeIdsInOrder, segments, rows, List.of());
    }

    /** Indexes sorted by their first row's byte offset (each offset is distinct and below 2^40). */
    private static int[] firstAppearanceOrder(long[] firstOffset, int count) {
        if (count >= 1 << 23 || count > 0 && Arrays.stream(firstOffset, 0, count).max().getAsLong() >= 1L << 40) {
            Integer[] boxed = new Integer[count];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> Long.compare(firstOffset[a], firstOffset[b]));
            return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = (firstOffset[i] << 23) | i;
        }
        Arrays.parallelSort(packed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) (packed[i] & ((1 << 23) - 1));
        }
        return order;
    }

    /** Parses chunks until there are none left; returns the rows it stored. */
    private final class Worker {
        private final FileChannel channel;
        private byte[] buffer = new byte[CHUNK_BYTES + (1 << 16)];
        private long pendingKeyValue;
        // a chunk's rows, stored only at the chunk's end, grouped by customer range (see storeRows)
        private int pending;
        private int[] pendingCustomer = new int[1 << 16];
        private int[] pendingColumn = new int[1 << 16];
        private long[] pendingSpend = new long[1 << 16];
        private long[] pendingAttributes = new long[1 << 16];
        private int[] storeOrder = new int[1 << 16];
        private long[] pendingKey = new long[1 << 16];
        private long[] pendingOffset = new long[1 << 16];
        private final int slotShift = Math.max(0, 32 - Integer.numberOfLeadingZeros(numericMask) - 8);
        private final int[] slotBucketStart = new int[(numericMask >>> slotShift) + 2];
        private final int bucketShift = Math.max(0, 32 - Integer.numberOfLeadingZeros(capacity) - 8);
        private final int[] bucketStart = new int[(capacity >>> bucketShift) + 2];
        private int lastCustomer;
        private final int[] fieldStart = new int[fieldCount + 1];
        private final int[] fieldEnd = new int[fieldCount + 1];
        private final ByteCache stores = new ByteCache();
        private final ByteCache[] segmentCaches = new ByteCache[segmentAt.length];
        private final IntCache dates = new IntCache();
        private Column[] columnView = new Column[0];

        Worker(FileChannel channel) {
            this.channel = channel;
            for (int s = 0; s < segmentCaches.length; s++) {
                segmentCaches[s] = new ByteCache();
            }
        }

        long run(AtomicInteger nextChunk, int chunks) throws IOException {
            long rows = 0;
            try {
                for (int chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
                    rows += parseChunk(chunk);
                }
            } catch (NotClean e) {
                nextChunk.set(chunks);
                throw e;
            }
            return rows;
        }

        /** Rows whose first byte lies in [start, end) of the file: those belong to this chunk. */
        private long parseChunk(int chunk) throws IOException {
            long start = dataStart + (long) chunk * CHUNK_BYTES;
            long end = Math.min(fileSize, start + CHUNK_BYTES);
            long readFrom = start == dataStart ? start : start - 1;
            int length = fill(readFrom, end);
            int pos = 0;
            if (start != dataStart) {
                // skip the row that began in the previous chunk
                while (pos < length && buffer[pos] != '\n') {
                    pos++;
                }
                pos++;
            }
            long rows = 0;
            while (readFrom + pos < end) {
                int lineEnd = indexOfNewline(pos, length);
                if (lineEnd < 0) {
                    length = extend(readFrom, length);
                    lineEnd = indexOfNewline(pos, length);
                    if (lineEnd < 0) {
                        lineEnd = length;
                    }
                }
                if (parseRow(pos, lineEnd, readFrom + pos)) {
                    rows++;
                }
                pos = lineEnd + 1;
            }
            storeRows();
            return rows;
        }

        /**
         * Looks the chunk's whole-number customer ids up in table order (grouped by the top bits
         * of their home slot), for the same reason rows are written grouped: a random probe into
         * a table of a million customers is a TLB miss.
         */
        private void resolveCustomers() {
            int[] start = slotBucketStart;
            Arrays.fill(start, 0);
            int[] home = storeOrder.length < pending ? new int[pendingCustomer.length] : null;
            if (home != null) {
                storeOrder = home;
            }
            int[] order = storeOrder;
            for (int r = 0; r < pending; r++) {
                if (pendingCustomer[r] == UNRESOLVED) {
                    start[(homeSlot(pendingKey[r]) >>> 1 >>> slotShift) + 1]++;
                }
            }
            for (int b = 1; b < start.length; b++) {
                start[b] += start[b - 1];
            }
            int unresolved = start[start.length - 1];
            for (int r = 0; r < pending; r++) {
                if (pendingCustomer[r] == UNRESOLVED) {
                    order[start[homeSlot(pendingKey[r]) >>> 1 >>> slotShift]++] = r;
                }
            }
            long lastKey = EMPTY_KEY;
            int lastCustomer = 0;
            for (int i = 0; i < unresolved; i++) {
                int r = order[i];
                long key = pendingKey[r];
                // rows of one customer often come together; their first has the lowest offset
                if (key != lastKey) {
                    lastKey = key;
                    lastCustomer = numericCustomerAt(homeSlot(key), key, pendingOffset[r]);
                }
                pendingCustomer[r] = lastCustomer;
            }
        }

        /**
         * Writes the chunk's rows into the week columns grouped by customer range (a counting
         * sort on the customer index's top bits). In a shuffled file, writing each row as it
         * comes lands on a random page of a large table, and on a virtual machine a TLB miss
         * costs about a microsecond; grouped, the writes sweep each column a range at a time.
         */
        private void storeRows() {
            resolveCustomers();
            int[] start = bucketStart;
            Arrays.fill(start, 0);
            for (int r = 0; r < pending; r++) {
                start[(pendingCustomer[r] >>> bucketShift) + 1]++;
            }
            for (int b = 1; b < start.length; b++) {
                start[b] += start[b - 1];
            }
            if (storeOrder.length < pending) {
                storeOrder = new int[pendingCustomer.length];
            }
            for (int r = 0; r < pending; r++) {
                storeOrder[start[pendingCustomer[r] >>> bucketShift]++] = r;
            }
            Column[] view = columnView;
            for (int i = 0; i < pending; i++) {
                int r = storeOrder[i];
                int customer = pendingCustomer[r];
                long[] slots = view[pendingColumn[r]].slots;
                if (slots[customer * 2] != NO_ROW) {
                    throw NOT_CLEAN;
                }
                slots[customer * 2] = pendingSpend[r];
                slots[customer * 2 + 1] = pendingAttributes[r];
            }
            pending = 0;
        }

        private int fill(long from, long to) throws IOException {
            int wanted = (int) (Math.min(fileSize, to + (1 << 16)) - from);
            if (buffer.length < wanted) {
                buffer = new byte[wanted];
            }
            return readFully(from, 0, wanted);
        }

        /** Reads more of the file after {@code length} bytes, for a row longer than the margin. */
        private int extend(long from, int length) throws IOException {
            long remaining = fileSize - (from + length);
            if (remaining <= 0) {
                return length;
            }
            int more = (int) Math.min(remaining, Math.max(1 << 16, buffer.length / 2));
            buffer = Arrays.copyOf(buffer, length + more);
            return length + readFully(from + length, length, more);
        }

        private int readFully(long position, int offset, int count) throws IOException {
            ByteBuffer target = ByteBuffer.wrap(buffer, offset, count);
            int read = 0;
            while (read < count) {
                int n = channel.read(target, position + read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return offset + read;
        }

        private int indexOfNewline(int from, int length) {
            byte[] b = buffer;
            for (int i = from; i < length; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Splits, checks and stores one row; false for an empty line. */
        private boolean parseRow(int from, int to, long offset) {
            byte[] b = buffer;
            if (to == from || to == from + 1 && b[from] == '\r') {
                return false;
            }
            int field = 0;
            fieldStart[0] = from;
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (c == ',') {
                    if (field + 1 >= fieldCount) {
                        throw NOT_CLEAN;
                    }
                    fieldEnd[field] = i;
                    fieldStart[++field] = i + 1;
                } else if (c <= '"' || c == 0x7F) {
                    // space and '!' are ordinary; a quote, a control character (tab, NUL...) other
                    // than the CR of a CRLF, or any non-ASCII byte (negative) is for the row-by-row
                    // path, which checks UTF-8 and identifiers strictly
                    if (c != ' ' && c != '!' && !(c == '\r' && i == to - 1)) {
                        throw NOT_CLEAN;
                    }
                }
            }
            fieldEnd[field] = to;
            if (field + 1 != fieldCount) {
                throw NOT_CLEAN;
            }
            for (int f = 0; f < fieldCount; f++) {
                trim(f);
            }
            int customer = customer(offset);
            int column = weekColumn();
            long amount = money();
            long attributes = storeIndex(offset);
            if (highAt >= 0 && bool(highAt)) {
                attributes |= HIGH_BIT;
            }
            for (int seg = 0; seg < segmentAt.length; seg++) {
                attributes |= (long) segmentValueId(seg) << (SEGMENT_SHIFT + SEGMENT_BITS * seg);
            }
            // plain writes at the chunk's end, not compare-and-set: two rows for one slot are
            // caught there, or, when two threads write it at the same moment, by build()
            // finding fewer filled slots than rows
            if (pending == pendingCustomer.length) {
                int grown = pending * 2;
                pendingKey = Arrays.copyOf(pendingKey, grown);
                pendingOffset = Arrays.copyOf(pendingOffset, grown);
                pendingCustomer = Arrays.copyOf(pendingCustomer, grown);
                pendingColumn = Arrays.copyOf(pendingColumn, grown);
                pendingSpend = Arrays.copyOf(pendingSpend, grown);
                pendingAttributes = Arrays.copyOf(pendingAttributes, grown);
            }
            pendingCustomer[pending] = customer;
            pendingKey[pending] = pendingKeyValue;
            pendingOffset[pending] = offset;
            pendingColumn[pending] = column;
            pendingSpend[pending] = amount;
            pendingAttributes[pending] = attributes;
            pending++;
            return true;
        }

        private void trim(int f) {
            byte[] b = buffer;
            int s = fieldStart[f];
            int e = fieldEnd[f];
            while (s < e && (b[s] & 0xff) <= ' ') {
                s++;
            }
            while (e > s && (b[e - 1] & 0xff) <= ' ') {
                e--;
            }
            fieldStart[f] = s;
            fieldEnd[f] = e;
        }

        private int customer(long offset) {
            int s = fieldStart[idAt];
            int e = fieldEnd[idAt];
            if (s == e) {
                throw NOT_CLEAN;
            }
            byte[] b = buffer;
            if (e - s <= 18 && (b[s] != '0' || e - s == 1) && allDigits(s, e)) {
                long key = 0;
                for (int i = s; i < e; i++) {
                    key = key * 10 + (b[i] - '0');
                }
                pendingKeyValue = key;
                return UNRESOLVED;
            }
            pendingKeyValue = EMPTY_KEY;
            return textCustomer(new String(b, s, e - s, StandardCharsets.UTF_8), offset);
        }

        private boolean allDigits(int s, int e) {
            byte[] b = buffer;
            for (int i = s; i < e; i++) {
                if (b[i] < '0' || b[i] > '9') {
                    return false;
                }
            }
            return true;
        }

        /** The week column of the row's date; the same rule as {@link Fields#epochDay}. */
        private int weekColumn() {
            int s = fieldStart[weekAt];
            int e = fieldEnd[weekAt];
            byte[] b = buffer;
            if (e - s < 10 || e - s > 10 && b[s + 10] != 'T' && b[s + 10] != ' ') {
                throw NOT_CLEAN;
            }
            int key = dateKey(b, s);
            if (key >= 0) {
                int known = dates.get(key);
                if (known >= 0) {
                    return known;
                }
            }
            long day = Fields.epochDay(new String(b, s, 10, StandardCharsets.ISO_8859_1));
            if (day == Fields.NO_DATE || day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                throw NOT_CLEAN;
            }
            int column = column((int) day);
            if (column >= columnView.length) {
                columnView = columns;
            }
            if (key >= 0) {
                dates.put(key, column);
            }
            return column;
        }

        /** yyyyMMdd as a number when the text has the shape dddd-dd-dd, else -1. */
        private static int dateKey(byte[] b, int s) {
            if (b[s + 4] != '-' || b[s + 7] != '-') {
                return -1;
            }
            int key = 0;
            for (int i = 0; i < 10; i++) {
                if (i == 4 || i == 7) {
                    continue;
                }
                int digit = b[s + i] - '0';
                if (digit < 0 || digit > 9) {
                    return -1;
                }
                key = key * 10 + digit;
            }
            return key;
        }

        /** The same value as {@code Fields.money}, as a {@link SalesCell} spend part; too many digits go row by row. */
        private long money() {
            int s = fieldStart[spendAt];
            int e = fieldEnd[spendAt];
            byte[] b = buffer;
            if (e == s || e - s > 30) {
                throw NOT_CLEAN;
            }
            long mantissa = 0;
            int digits = 0;
            int point = -1;
            for (int i = s; i < e; i++) {
                byte c = b[i];
                if (c == '.' && point < 0) {
                    point = i;
                } else if (c >= '0' && c <= '9') {
                    if (digits < 18) {
                        mantissa = mantissa * 10 + (c - '0');
                    }
                    digits++;
                } else {
                    throw NOT_CLEAN;
                }
            }
            if (digits == 0) {
                throw NOT_CLEAN;
            }
            long spend = digits > 18 ? -1 : SalesCell.decimal(mantissa, point < 0 ? 0 : e - point - 1);
            return spend >= 0 ? spend
                    : overflow(Double.parseDouble(new String(b, s, e - s, StandardCharsets.ISO_8859_1)));
        }

        private int storeIndex(long offset) {
            int s = fieldStart[storeAt];
            int e = fieldEnd[storeAt];
            if (s == e) {
                throw NOT_CLEAN;
            }
            int known = stores.get(buffer, s, e);
            if (known >= 0) {
                return known;
            }
            int index = store(new String(buffer, s, e - s, StandardCharsets.UTF_8), offset);
            stores.put(buffer, s, e, index);
            return index;
        }

        /** The same rule as {@code ExportReader.optionalBool}: empty is false; else true/false, 1/0, yes/no. */
        private boolean bool(int f) {
            int value = boolValue(fieldStart[f], fieldEnd[f]);
            if (value < 0) {
                throw NOT_CLEAN;
            }
            return value == 1;
        }

        /** 1 true, 0 false, -1 not a boolean; empty counts as false. */
        private int boolValue(int s, int e) {
            byte[] b = buffer;
            return switch (e - s) {
                case 0 -> 0;
                case 1 -> b[s] == '1' ? 1 : b[s] == '0' ? 0 : -1;
                case 2 -> lower(b[s]) == 'n' && lower(b[s + 1]) == 'o' ? 0 : -1;
                case 3 -> lower(b[s]) == 'y' && lower(b[s + 1]) == 'e' && lower(b[s + 2]) == 's' ? 1 : -1;
                case 4 -> lower(b[s]) == 't' && lower(b[s + 1]) == 'r' && lower(b[s + 2]) == 'u'
                        && lower(b[s + 3]) == 'e' ? 1 : -1;
                case 5 -> lower(b[s]) == 'f' && lower(b[s + 1]) == 'a' && lower(b[s + 2]) == 'l'
                        && lower(b[s + 3]) == 's' && lower(b[s + 4]) == 'e' ? 0 : -1;
                default -> -1;
            };
        }

        private static int lower(byte c) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }

        private int segmentValueId(int seg) {
            int s = fieldStart[segmentAt[seg]];
            int e = fieldEnd[segmentAt[seg]];
            if (s == e) {
                return 0;
            }
            int known = segmentCaches[seg].get(buffer, s, e);
            if (known >= 0) {
                return known;
            }
            String raw = new String(buffer, s, e - s, StandardCharsets.UTF_8);
            String value = raw;
            if (segmentNames[seg].equals("loyalty_member")) {
                int asBool = boolValue(s, e);
                if (asBool >= 0) {
                    value = asBool == 1 ? "true" : "false";
                }
            }
            int id = segmentValue(seg, value) + 1;
            segmentCaches[seg].put(buffer, s, e, id);
            return id;
        }
    }

    /** A small per-thread map from a date key to its week column. */
    private static final class IntCache {
        private static final int SIZE = 1 << 12;
        private final int[] keys = new int[SIZE];
        private final int[] values = new int[SIZE];
        private int used;

        IntCache() {
            Arrays.fill(keys, -1);
        }

        int get(int key) {
            int slot = (key * 0x9E3779B1 >>> 20) & (SIZE - 1);
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (SIZE - 1);
            }
            return -1;
        }

        void put(int key, int value) {
            if (used >= SIZE / 2) {
                return;
            }
            int slot = (key * 0x9E3779B1 >>> 20) & (SIZE - 1);
            while (keys[slot] != -1) {
                slot = (slot + 1) & (SIZE - 1);
            }
            keys[slot] = key;
            values[slot] = value;
            used++;
        }
    }

    /** A small per-thread map from a field's bytes to an id, for the few distinct stores and segment values. */
    private static final class ByteCache {
        private static final int SIZE = 1 << 10;
        private final byte[][] keys = new byte[SIZE][];
        private final int[] values = new int[SIZE];
        private int used;
        private byte[] lastKey;
        private int lastValue;

        int get(byte[] b, int s, int e) {
            byte[] last = lastKey;
            if (last != null && Arrays.equals(last, 0, last.length, b, s, e)) {
                return lastValue;
            }
            int slot = hash(b, s, e);
            for (int probe = 0; probe < SIZE; probe++) {
                byte[] key = keys[slot];
                if (key == null) {
                    return -1;
                }
                if (Arrays.equals(key, 0, key.length, b, s, e)) {
                    lastKey = key;
                    lastValue = values[slot];
                    return lastValue;
                }
                slot = (slot + 1) & (SIZE - 1);
            }
            return -1;
        }

        void put(byte[] b, int s, int e, int value) {
            if (used >= SIZE / 2) {
                return;
            }
            int slot = hash(b, s, e);
            while (keys[slot] != null) {
                slot = (slot + 1) & (SIZE - 1);
            }
            keys[slot] = Arrays.copyOfRange(b, s, e);
            values[slot] = value;
            used++;
        }

        /** Length and three bytes are enough to spread a few hundred short ids; equals settles the rest. */
        private static int hash(byte[] b, int s, int e) {
            int length = e - s;
            int h = length == 0 ? 0 : (b[s] & 0xff) | (b[e - 1] & 0xff) << 8 | (b[s + length / 2] & 0xff) << 16;
            h = (h ^ length * 0x9E3779B1) * 0x85EBCA6B;
            return (h ^ (h >>> 16)) & (SIZE - 1);
        }
    }
}
