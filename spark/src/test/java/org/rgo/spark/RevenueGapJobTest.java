package org.rgo.spark;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevenueGapJobTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SETTINGS = PROJECT.resolve("src/main/resources/application.properties");

    @TempDir
    Path folder;

    @Test
    void theSampleGivesOneRowPerCustomerWithItsWeeksInOrder() {
        Path samples = PROJECT.resolve("samples");
        JobResult result = RevenueGapJob.run(LocalSpark.session(), arguments(samples.resolve("retail_customers.csv"),
                samples.resolve("retail_weekly_sales.csv"), samples.resolve("stock_availability.csv")));

        assertEquals(200, result.customersRows());
        assertEquals(200, result.salesCustomers());
        assertEquals(2400, result.salesRows());
        assertEquals("2025-11-22", result.asOfWeek());
        assertTrue(result.weeksInOrder());
        assertTrue(Files.isRegularFile(folder.resolve("result").resolve(JobResult.FILE_NAME)));
        assertEquals(200, LocalSpark.session().read().option("header", true).csv(result.customerWeeks()).count());
    }

    @Test
    void shuffledRowsArriveInWeekOrderAndTheLaterOfTwoRowsForAWeekWins() throws IOException {
        Path sales = write("retail_weekly_sales.csv", "customer_id,week_start_date,weekly_spend,store_id\n"
                + "2,2025-09-20,3.00,101\n"
                + "1,2025-09-13,2.10,101\n"
                + "2,2025-09-06,1.00,101\n"
                + "1,2025-09-06,1.00,101\n"
                + "2,2025-09-13,2.00,101\n"
                + "1,2025-09-13,2.20,101\n");
        JobResult result = RevenueGapJob.run(LocalSpark.session(), arguments(
                write("retail_customers.csv", "customer_id\n1\n2\n"), sales,
                write("stock_availability.csv", "store_id,week_start,on_hand_units\n101,2025-09-06,0\n")));

        assertTrue(result.weeksInOrder());
        List<Row> rows = LocalSpark.session().read().option("header", true).csv(result.customerWeeks())
                .orderBy("customer_id").collectAsList();
        assertEquals("[1,3,2,2025-09-06,2025-09-13,3.2,true]", rows.get(0).toString());
        assertEquals("[2,3,3,2025-09-06,2025-09-20,6,true]", rows.get(1).toString());
    }

    @Test
    void anExportBreakingTheRulesFailsTheJobNamingEveryProblem() throws IOException {
        JobArguments arguments = arguments(write("retail_customers.csv", "customer_id\n1\n"),
                write("retail_weekly_sales.csv", "customer_id,week_start_date,weekly_spend,store_id\n1,2025-09-06,abc,101\n"),
                write("stock_availability.csv", "store_id,week_start,on_hand_units\n101,2025-09-06,five\n"));

        String message = assertThrows(IllegalArgumentException.class,
                () -> RevenueGapJob.run(LocalSpark.session(), arguments)).getMessage();

        assertTrue(message.contains("retail_weekly_sales.csv: column weekly_spend, value 'abc'"), message);
        assertTrue(message.contains("stock_availability.csv: column on_hand_units, value 'five'"), message);
        assertTrue(Files.notExists(folder.resolve("result").resolve(JobResult.FILE_NAME)));
    }

    private JobArguments arguments(Path customers, Path sales, Path stock) {
        return JobArguments.parse(new String[] {
                "--customers", customers.toUri().toString(),
                "--sales", sales.toUri().toString(),
                "--stock", stock.toUri().toString(),
                "--settings", SETTINGS.toString(),
                "--output", folder.resolve("output").toUri().toString(),
                "--result", folder.resolve("result").toString()});
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
