package org.rgo.spark;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.rgo.ingest.InputKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * The three exports read with SPEC §1's rules, as CSV or as Parquet, from any Hadoop path (file:,
 * hdfs:, s3a:). Header names are matched case-insensitively after trimming (a UTF-8 BOM is not part
 * of a name); every column is kept, as text, under its normalised name; the typed views read money
 * as an exact decimal, never as a binary double.
 */
public final class Exports {

    /**
     * Money: exact, and wide enough for any amount an export holds (20 integer digits, 18 decimals).
     * It is also what Spark's bean encoder gives a BigDecimal, so the typed rows need no cast.
     */
    public static final DecimalType MONEY = DataTypes.createDecimalType(38, 18);
    /** Each row's place in its export: increasing down a file, so of two rows for a key the later wins. */
    public static final String ROW_ORDER = "_row_order";

    private static final String PLAIN_DECIMAL = "^[0-9]*\\.?[0-9]*$";
    private static final String MONEY_FITS = "^[0-9]{0,20}(\\.[0-9]{0,18})?$";
    private static final String DATE_WITH_OPTIONAL_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?$";
    private static final String WHOLE_NUMBER = "^[0-9]{1,18}$";
    /** What Character.isISOControl calls one, as the local engine's check. */
    private static final String CONTROL_CHARACTER = "[\\x{0}-\\x{1F}\\x{7F}-\\x{9F}]";

    private final SparkSession spark;
    private final int maxListedProblems;

    public Exports(SparkSession spark, int maxListedProblems) {
        this.spark = spark;
        this.maxListedProblems = maxListedProblems;
    }

    /** Parquet when the path's last part ends in .parquet (a file or a folder of parts), else CSV. */
    public static boolean isParquet(String path) {
        String name = path.replaceAll("/+$", "");
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /**
     * Every column of the export as text under its normalised header name, plus {@link #ROW_ORDER}.
     * Fails naming the file when a required column is missing or a name occurs twice.
     */
    public Dataset<Row> raw(InputKind kind, String path) {
        Dataset<Row> read;
        List<String> names;
        if (isParquet(path)) {
            read = spark.read().parquet(path);
            names = headerNames(kind, path, List.of(read.columns()));
        } else {
            names = headerNames(kind, path, csvHeader(path));
            // a schema of text columns, so Spark runs no job to infer one; the header line is skipped
            StructType text = new StructType();
            for (int i = 0; i < names.size(); i++) {
                text = text.add("c" + i, DataTypes.StringType);
            }
            read = csv().schema(text).option("header", true).csv(path);
        }
        String[] positional = new String[names.size()];
        Column[] columns = new Column[names.size() + 1];
        for (int i = 0; i < positional.length; i++) {
            positional[i] = "c" + i;
            columns[i] = col(positional[i]).cast(DataTypes.StringType).as(names.get(i));
        }
        columns[names.size()] = monotonically_increasing_id().as(ROW_ORDER);
        return read.toDF(positional).select(columns);
    }

    /** Up to {@code rgo.ingest.max-listed-problems} problems of the export, each naming column, value and rule. */
    public List<String> problems(InputKind kind, Dataset<Row> raw, String path) {
        List<Column> checks = new ArrayList<>();
        switch (kind) {
            case CUSTOMERS -> {
                checks.add(identifierProblem("customer_id"));
                if (has(raw, "loyalty_member")) {
                    checks.add(booleanProblem("loyalty_member"));
                }
            }
            case SALES -> {
                checks.add(identifierProblem("customer_id"));
                checks.add(dateProblem("week_start_date"));
                checks.add(moneyProblem("weekly_spend"));
                checks.add(identifierProblem("store_id"));
                if (has(raw, "is_high_value_customer")) {
                    checks.add(booleanProblem("is_high_value_customer"));
                }
            }
            case STOCK -> {
                checks.add(identifierProblem("store_id"));
                checks.add(dateProblem("week_start"));
                checks.add(countProblem("on_hand_units"));
            }
        }
        Column problem = concat_ws("; ", checks.toArray(Column[]::new));
        return raw.select(problem.as("problem")).where(col("problem").notEqual(""))
                .limit(maxListedProblems).as(Encoders.STRING()).collectAsList()
                .stream().map(p -> fileName(path) + ": " + p).toList();
    }

    /** The sales rows typed for the per-customer step; only for an export without {@link #problems}. */
    public static Dataset<SalesRow> salesRows(Dataset<Row> raw) {
        Column highValue = has(raw, "is_high_value_customer")
                ? coalesce(bool(col("is_high_value_customer")), lit(false)) : lit(false);
        return raw.select(
                col("customer_id").as("customerId"),
                date(col("week_start_date")).as("weekStart"),
                col("weekly_spend").cast(MONEY).as("spend"),
                col("store_id").as("storeId"),
                highValue.as("highValue"),
                col(ROW_ORDER).as("rowOrder"))
                .as(Encoders.bean(SalesRow.class));
    }

    /** The date of a {@code yyyy-MM-dd} text with any time part after it ignored; null when it is not one. */
    public static Column date(Column text) {
        return when(text.rlike(DATE_WITH_OPTIONAL_TIME), substring(text, 1, 10).try_cast(DataTypes.DateType));
    }

    /** true/false, 1/0, yes/no in any case (surrounding spaces ignored); null for anything else. */
    public static Column bool(Column text) {
        Column word = lower(trim(text));
        return when(word.isin("true", "1", "yes"), lit(true)).when(word.isin("false", "0", "no"), lit(false));
    }

    private DataFrameReader csv() {
        // RFC 4180: a quote inside a quoted field is doubled (Spark's default escape is a backslash).
        // FAILFAST: a row with more or fewer fields than the header fails the job instead of being padded.
        return spark.read().option("encoding", "UTF-8").option("quote", "\"").option("escape", "\"")
                .option("mode", "FAILFAST").option("inferSchema", false);
    }

    /**
     * The header as written: the first record of the file (of the first part of a folder), read on
     * the driver with the RFC 4180 parser the local engine uses. Spark's own header names are not
     * used: it renames names that repeat, where SPEC §1 must reject them.
     */
    private List<String> csvHeader(String path) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        try {
            Path file = firstFile(new Path(path), hadoop);
            CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(file);
            FileSystem fs = file.getFileSystem(hadoop);
            InputStream bytes = codec == null ? fs.open(file) : codec.createInputStream(fs.open(file));
            try (CsvReader<CsvRecord> records = CsvReader.builder().ofCsvRecord(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
                Iterator<CsvRecord> first = records.iterator();
                if (!first.hasNext()) {
                    throw new IllegalArgumentException(fileName(path) + ": the file is empty");
                }
                return first.next().getFields();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header of " + path, e);
        }
    }

    /** The file itself, or the first data file of a folder of parts (Hadoop's _SUCCESS and dot files skipped). */
    private static Path firstFile(Path path, Configuration hadoop) throws IOException {
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.getFileStatus(path).isDirectory()) {
            return path;
        }
        return Arrays.stream(fs.listStatus(path))
                .filter(FileStatus::isFile)
                .map(FileStatus::getPath)
                .filter(part -> !part.getName().startsWith("_") && !part.getName().startsWith("."))
                .sorted()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(path + ": the folder has no data file"));
    }

    private static List<String> headerNames(InputKind kind, String path, List<String> written) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : written) {
            String normalised = normalisedName(name);
            if (!seen.add(normalised)) {
                throw new IllegalArgumentException(fileName(path) + ": column " + normalised + " appears twice");
            }
            names.add(normalised);
        }
        for (String required : kind.requiredColumns()) {
            if (!seen.contains(required)) {
                throw new IllegalArgumentException(fileName(path) + ": missing required column " + required);
            }
        }
        return names;
    }

    static String normalisedName(String written) {
        String name = written.startsWith("\uFEFF") ? written.substring(1) : written;
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean has(Dataset<Row> raw, String column) {
        return List.of(raw.columns()).contains(column);
    }

    private static Column identifierProblem(String column) {
        Column value = col(column);
        return when(value.isNull(), problem(column, value, "must not be empty"))
                .when(value.rlike(CONTROL_CHARACTER),
                        problem(column, value, "must not contain control characters (tab, line break, NUL...)"));
    }

    private static Column dateProblem(String column) {
        Column value = col(column);
        return when(value.isNull().or(date(value).isNull()), problem(column, value, "must be a date yyyy-MM-dd"));
    }

    private static Column moneyProblem(String column) {
        Column value = col(column);
        return when(value.isNull(), problem(column, value, "must not be empty (write 0 for a week without spend)"))
                .when(value.startsWith("-"), problem(column, value, "money must be >= 0"))
                .when(not(value.rlike(PLAIN_DECIMAL).and(value.rlike("[0-9]")).and(length(value).leq(30))),
                        problem(column, value, "money must be a plain decimal such as 12.50"))
                .when(not(value.rlike(MONEY_FITS)),
                        problem(column, value, "money must have at most 20 digits before the point and 18 after"));
    }

    private static Column booleanProblem(String column) {
        Column value = col(column);
        return when(value.isNotNull().and(bool(value).isNull()),
                problem(column, value, "must be true/false, 1/0 or yes/no"));
    }

    private static Column countProblem(String column) {
        Column value = col(column);
        return when(value.isNull().or(not(value.rlike(WHOLE_NUMBER))),
                problem(column, value, column + " must be a whole number >= 0"));
    }

    private static Column problem(String column, Column value, String rule) {
        // a control character in a message could drive the terminal that shows the log
        Column shown = regexp_replace(coalesce(value, lit("")), lit(CONTROL_CHARACTER), lit("?"));
        return concat(lit("column " + column + ", value '"), shown, lit("': " + rule));
    }

    private static String fileName(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
