package org.rgo.engine.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What a finished job handed back in its {@code job-result.json} (written by the job's driver,
 * org.rgo.spark.JobResult): the counts of the placeholder job and where its per-customer rows are.
 */
public record SparkJobResult(String applicationId, long customersRows, long salesRows, long stockRows,
                             long salesCustomers, String asOfWeek, boolean weeksInOrder, String customerWeeks) {

    public static final String FILE_NAME = "job-result.json";

    static SparkJobResult read(Path file) {
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            return new SparkJobResult(json.path("application_id").asText(), json.path("customers_rows").asLong(),
                    json.path("sales_rows").asLong(), json.path("stock_rows").asLong(),
                    json.path("sales_customers").asLong(), json.path("as_of_week").asText(null),
                    json.path("weeks_in_order").asBoolean(), json.path("customer_weeks").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Spark job's " + file, e);
        }
    }

    /** One line for the log and the command's output. */
    public String describe() {
        return "Spark job " + applicationId + " finished: " + salesCustomers + " customers in " + salesRows
                + " sales rows (customers file " + customersRows + " rows, stock " + stockRows + " rows), as-of week "
                + asOfWeek + (weeksInOrder ? "" : ", WEEKS OUT OF ORDER") + "; per-customer rows in " + customerWeeks;
    }
}
