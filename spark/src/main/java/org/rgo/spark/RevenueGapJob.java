package org.rgo.spark;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.rgo.config.Keys;
import org.rgo.config.Settings;
import org.rgo.ingest.InputKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

/**
 * The revenue gap analysis as a Spark application: read the three exports, evaluate each customer
 * on its weeks in order, write. Phase 1 of issue 11: everything but the kernel, whose per-customer
 * evaluation will replace {@link CustomerWeeksStep} (README, "The Spark engine").
 */
public final class RevenueGapJob {

    static final String CUSTOMER_WEEKS = "customer-weeks";

    private RevenueGapJob() {}

    public static void main(String[] args) {
        JobArguments arguments = JobArguments.parse(args);
        SparkSession spark = SparkSession.builder().appName("revenue-gap").getOrCreate();
        try {
            run(spark, arguments);
        } finally {
            spark.stop();
        }
    }

    static JobResult run(SparkSession spark, JobArguments arguments) {
        Properties keys = arguments.settings();
        // read as the local engine reads them, so a bad key fails here rather than half-way on the executors
        Settings.from(new Keys(keys::getProperty));
        Exports exports = new Exports(spark, Integer.parseInt(keys.getProperty("rgo.ingest.max-listed-problems").trim()));

        Dataset<Row> customers = exports.raw(InputKind.CUSTOMERS, arguments.customers());
        Dataset<Row> sales = exports.raw(InputKind.SALES, arguments.sales());
        Dataset<Row> stock = exports.raw(InputKind.STOCK, arguments.stock());
        List<String> problems = new ArrayList<>();
        problems.addAll(exports.problems(InputKind.CUSTOMERS, customers, arguments.customers()));
        problems.addAll(exports.problems(InputKind.SALES, sales, arguments.sales()));
        problems.addAll(exports.problems(InputKind.STOCK, stock, arguments.stock()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the exports break SPEC §1's rules:\n  " + String.join("\n  ", problems));
        }

        Dataset<CustomerWeeks> perCustomer = Exports.salesRows(sales)
                .groupByKey((MapFunction<SalesRow, String>) SalesRow::getCustomerId, Encoders.STRING())
                .flatMapSortedGroups(new Column[] {col("weekStart"), col("rowOrder")}, new CustomerWeeksStep(),
                        Encoders.bean(CustomerWeeks.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String customerWeeks = arguments.output() + "/" + CUSTOMER_WEEKS;
            perCustomer.select(col("customerId").as("customer_id"), col("rows"), col("weeks"),
                            col("firstWeek").as("first_week"), col("lastWeek").as("last_week"), col("spend"),
                            col("weeksInOrder").as("weeks_in_order"))
                    .write().mode(SaveMode.Overwrite).option("header", true).csv(customerWeeks);
            Row totals = perCustomer.agg(count(col("customerId")), sum(col("rows")), max(col("lastWeek")),
                    min(col("weeksInOrder"))).first();
            JobResult result = new JobResult(spark.sparkContext().applicationId(), customers.count(),
                    totals.isNullAt(1) ? 0 : totals.getLong(1), stock.count(), totals.getLong(0),
                    totals.isNullAt(2) ? null : totals.get(2).toString(), totals.isNullAt(3) || totals.getBoolean(3),
                    customerWeeks);
            result.writeTo(arguments.result());
            return result;
        } finally {
            perCustomer.unpersist();
        }
    }
}
