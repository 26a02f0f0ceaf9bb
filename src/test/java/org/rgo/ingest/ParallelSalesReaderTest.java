package org.rgo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rgo.config.Settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The parallel reader must build exactly the table of the row-by-row path, or step aside. */
class ParallelSalesReaderTest {

    private static final List<String> SEGMENTS = Settings.defaults().portfolio().segmentColumns();
    private static final String HEADER = "customer_id,week_start_date,weekly_spend,store_id,loyalty_member,"
            + "is_high_value_customer,region";

    @TempDir
    Path dir;

    private final ExportReader reader = new ExportReader(Settings.defaults(), 50, 1040, Long.MAX_VALUE);

    private Path write(String text) throws IOException {
        Path file = dir.resolve("retail_weekly_sales_" + System.nanoTime() + ".csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static void assertSameTable(SalesTable expected, SalesTable actual) {
        assertEquals(expected.weekCount(), actual.weekCount(), "weeks");
        assertEquals(expected.customerCount(), actual.customerCount(), "customers");
        assertEquals(expected.rowCount(), actual.rowCount(), "rows");
        assertEquals(expected.warnings(), actual.warnings(), "warnings");
        assertEquals(expected.storeCount(), actual.storeCount(), "stores");
        for (int s = 0; s < expected.storeCount(); s++) {
            assertEquals(expected.storeId(s), actual.storeId(s), "store order");
        }
        for (int w = 0; w < expected.weekCount(); w++) {
            assertEquals(expected.week(w), actual.week(w));
            for (int c = 0; c < expected.customerCount(); c++) {
                assertEquals(expected.customerId(c), actual.customerId(c), "customer order");
                assertEquals(Double.doubleToRawLongBits(expected.spend(w, c)),
                        Double.doubleToRawLongBits(actual.spend(w, c)), "spend " + w + "," + c);
                if (expected.hasRow(w, c)) {
                    assertEquals(expected.store(w, c), actual.store(w, c), "store " + w + "," + c);
                    assertEquals(expected.highValue(w, c), actual.highValue(w, c), "high " + w + "," + c);
                }
            }
        }
        assertEquals(expected.segmentsOfLastRow().keySet(), actual.segmentsOfLastRow().keySet());
        expected.segmentsOfLastRow().forEach((column, values) ->
                assertEquals(List.of(values), List.of(actual.segmentsOfLastRow().get(column)), column));
    }

    private void assertSameAsRowByRow(String text) throws IOException {
        Path file = write(text);
        SalesTable fast = ParallelSalesReader.readIfClean(file, SEGMENTS, 3, Integer.MAX_VALUE);
        assertNotNull(fast, "a clean file takes the parallel path");
        assertSameTable(reader.salesRowByRow(file, 3), fast);
    }

    @Test
    void cleanFilesGiveTheSameTable() throws IOException {
        assertSameAsRowByRow(HEADER + "\n"
                + "7,2025-01-11,10.50,101,True,false,north\n"
                + "3,2025-01-04,0.0,102,no,TRUE,\n"
                + "7,2025-01-04,12.345678901234567890,102,1,0,south\n"
                + "C-9,2025-01-18T00:00:00, 5 ,101,maybe,yes,east\n"
                + "\n"
                + "007,2025-01-11,.5,103,0,,north\n"
                + "3,2025-01-18 12:00,99999999999999999.99,101,YES,No,west");
    }

    @Test
    void windowsLineEndsAreRead() throws IOException {
        assertSameAsRowByRow(" " + HEADER.toUpperCase() + "\r\n1,2025-01-04,1.10,101,true,true,x\r\n\r\n"
                + "2,2025-01-04,2,101,false,false,y !\r\n");
    }

    @Test
    void manyChunksAndThreadsGiveTheSameTableInAnyOrder() throws IOException {
        Random random = new Random(5);
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < 1500; c++) {
            for (int w = 0; w < 12; w++) {
                if (random.nextInt(10) > 0) {
                    rows.add((c * 7 + 1) + ",2025-02-" + String.format("%02d", w + 1) + ","
                            + random.nextInt(20000) / 100.0 + "," + (100 + random.nextInt(30)) + ","
                            + random.nextBoolean() + "," + (c % 10 == 0) + ",r" + random.nextInt(5)
                            + "x".repeat(random.nextInt(3000)));
                }
            }
        }
        Collections.shuffle(rows, random);
        assertSameAsRowByRow(HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void anythingUnusualIsLeftToTheRowByRowPath() throws IOException {
        String ok = "1,2025-01-04,1.10,101,true,true,x\n";
        for (String unusual : List.of(
                "\"1\",2025-01-04,1.10,101,true,true,x\n",
                "1,2025-01-04,1.10,101,true,true,x\n1,2025-01-04,2.10,101,true,true,x\n",
                "1,2025-01-04,-1,101,true,true,x\n",
                "1,2025-13-04,1,101,true,true,x\n",
                "1,2025-01-04,1,,true,true,x\n",
                "1,2025-01-04,1,101,true,perhaps,x\n",
                "1,2025-01-04,1,101,true,true\n",
                "1,2025-01-04,1\r,101,true,true,x\n",
                "1\t,2025-01-04,1,101,true,true,x\n",
                "1,2025-01-04,1,101,true,true,caf\u00e9\n",
                "1,2025-01-04,1,101,true,true,x\u0000\n")) {
            Path file = write(HEADER + "\n" + ok + unusual);
            assertNull(ParallelSalesReader.readIfClean(file, SEGMENTS, 3, Integer.MAX_VALUE), unusual);
        }
        assertNull(ParallelSalesReader.readIfClean(write(HEADER + "\n"), SEGMENTS, 3, Integer.MAX_VALUE));
        assertNull(ParallelSalesReader.readIfClean(write("\uFEFF" + HEADER + "\n1,2025-01-04,1,101,true,true,x\n"),
                SEGMENTS, 3, Integer.MAX_VALUE), "byte order mark");
        assertNull(ParallelSalesReader.readIfClean(write(HEADER + ",store_id\n1,2025-01-04,1,101,true,true,x,102\n"),
                SEGMENTS, 3, Integer.MAX_VALUE), "a required column twice");
        assertNull(ParallelSalesReader.readIfClean(write(HEADER + "\n1,2025-01-04,1,101,true,true,x\n"
                + "1,2025-01-11,1,101,true,true,x\n"), SEGMENTS, 3, 1), "more weeks than allowed");
        assertNull(ParallelSalesReader.readIfClean(write("customer_id,week_start_date\n1,2025-01-04\n"), SEGMENTS, 3, Integer.MAX_VALUE));
    }

    @Test
    void moreCustomersThanExpectedAreStillRead() throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int c = 0; c < 20_000; c++) {
            text.append(c).append(",2025-01-04,1.25,101,true,false,x\n");
        }
        Path file = write(text.toString());
        assertSameTable(reader.salesRowByRow(file, 0), ParallelSalesReader.readIfClean(file, SEGMENTS, 10, Integer.MAX_VALUE));
    }
}
