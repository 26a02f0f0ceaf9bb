package org.rgo.engine.spark;

import org.junit.jupiter.api.Test;
import org.rgo.config.Keys;
import org.rgo.config.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the service sees of a job that fails: an exception with Spark's reason, the driver log's tail beside it. */
class SparkEngineIT {

    private static final Path RUN = Path.of("target/spark-engine-it");

    @Test
    void aFailedJobFailsTheRunWithTheDriversReason() throws Exception {
        SparkClusterIT.deleteRecursively(RUN);
        Path data = Files.createDirectories(RUN.resolve("data"));
        Files.writeString(data.resolve("retail_customers.csv"), "customer_id\n1\n");
        Files.writeString(data.resolve("retail_weekly_sales.csv"),
                "customer_id,week_start_date,weekly_spend,store_id\n1,2025-09-06,twelve,101\n");
        Files.writeString(data.resolve("stock_availability.csv"), "store_id,week_start,on_hand_units\n101,2025-09-06,3\n");
        SparkEngine engine = new SparkEngine(SparkSettings.from(new Keys(Map.of(
                        "rgo.spark.master", "local[1]",
                        "rgo.spark.home", "spark/target/spark-home",
                        "rgo.spark.job-jar", "spark/target/rgo-spark-job.jar",
                        "rgo.spark.driver-host", "127.0.0.1",
                        "rgo.spark.ui-enabled", "false",
                        "rgo.spark.timeout-ms", "300000")::get)),
                SparkEngine.analysisKeys(new Keys(Settings.applicationProperties()::getProperty)));

        SparkJobFailedException failure = assertThrows(SparkJobFailedException.class,
                () -> engine.runOnFolder(data.toString(), RUN.resolve("out").toString()));

        assertTrue(failure.getMessage().contains("ended FAILED"), failure.getMessage());
        assertTrue(failure.getMessage().contains(
                "retail_weekly_sales.csv: column weekly_spend, value 'twelve': money must be a plain decimal"),
                failure.getMessage());
        assertTrue(failure.driverLogTail().contains("IllegalArgumentException"), failure.driverLogTail());
        assertTrue(Files.notExists(RUN.resolve("out/spark").resolve(SparkJobResult.FILE_NAME)));
    }
}
