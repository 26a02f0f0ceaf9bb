import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The benchmark's yardstick: SPEC §2-8 as DuckDB SQL over read_csv, run as its own process
 * (java -cp duckdb_jdbc.jar DuckDbBaseline DATA OUT). It computes the same per-customer metrics
 * (revenue, structural risk, root cause with stockout overlap, REI), the portfolio totals and the
 * 12-week trend timeline, and writes customers.csv and a totals file. DuckDB's round() is half
 * away from zero on doubles where SPEC asks for the exact binary value half-even, so single cents
 * can differ; it is here for timing, not as a second reference.
 */
public final class DuckDbBaseline {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            String sales = file(data, "retail_weekly_sales");
            String stock = file(data, "stock_availability");
            String customers = file(data, "retail_customers");
            sql.execute("CREATE TEMP TABLE s AS SELECT trim(customer_id) AS id, CAST(left(trim(week_start_date), 10) AS DATE) AS wk,"
                    + " CAST(weekly_spend AS DOUBLE) AS spend, trim(store_id) AS store,"
                    + " coalesce(lower(trim(is_high_value_customer)) IN ('true', '1', 'yes'), false) AS high"
                    + " FROM read_csv('" + sales + "', header = true, all_varchar = true)");
            sql.execute("CREATE TEMP TABLE c AS SELECT trim(customer_id) AS id,"
                    + " lower(trim(loyalty_member)) IN ('true', '1', 'yes') AS loyal"
                    + " FROM read_csv('" + customers + "', header = true, all_varchar = true)");
            sql.execute("CREATE TEMP TABLE stockout AS SELECT DISTINCT trim(store_id) AS store,"
                    + " CAST(left(trim(week_start), 10) AS DATE) AS wk"
                    + " FROM read_csv('" + stock + "', header = true, all_varchar = true)"
                    + " WHERE CAST(on_hand_units AS BIGINT) = 0");
            sql.execute("CREATE TEMP TABLE wk AS SELECT wk, CAST(row_number() OVER (ORDER BY wk) - 1 AS INTEGER) AS w"
                    + " FROM (SELECT DISTINCT wk FROM s)");
            sql.execute("CREATE TEMP TABLE sw AS SELECT s.id, wk.w, s.spend, s.store, s.high FROM s JOIN wk USING (wk)");
            sql.execute("CREATE TEMP TABLE cust AS SELECT id, min(w) AS first, min(w) FILTER (WHERE high) AS high_since"
                    + " FROM sw GROUP BY id");
            // SPEC §2: every week from the first to the as-of week; a missing week is 0 at the previous row's store
            sql.execute("CREATE TEMP TABLE ser AS SELECT id, w, spend, store, first, high_since,"
                    + " coalesce(spend < lag(spend) OVER (PARTITION BY id ORDER BY w), false) AS declined FROM ("
                    + " SELECT k.id, g.w, coalesce(x.spend, 0.0) AS spend,"
                    + " last_value(x.store IGNORE NULLS) OVER (PARTITION BY k.id ORDER BY g.w) AS store,"
                    + " k.first, k.high_since"
                    + " FROM cust k JOIN wk g ON g.w >= k.first LEFT JOIN sw x ON x.id = k.id AND x.w = g.w)");
            // SPEC §8: the model at each of the last 12 as-of weeks (k = 0 is this run)
            sql.execute("CREATE TEMP TABLE cuts AS SELECT w AS cut, (SELECT max(w) FROM wk) - w AS k FROM wk"
                    + " WHERE w > (SELECT max(w) FROM wk) - 12");
            sql.execute("CREATE TEMP TABLE m AS SELECT k, id, n, cur, base, vol, basevar, zero_weeks, decline_weeks, high_since <= cut AS high,"
                    + " round(greatest(0, base - cur), 2) AS gap,"
                    + " CASE WHEN base = 0 THEN (CASE WHEN round(greatest(0, base - cur), 2) = 0 THEN 0 ELSE 100 END)"
                    + " ELSE round((base - cur) / base * 100, 2) END AS decline_pct,"
                    + " round(cur, 2) AS cur2, round(base, 2) AS base2 FROM ("
                    + " SELECT t.k, t.cut, r.id, t.cut - any_value(r.first) + 1 AS n, any_value(r.high_since) AS high_since,"
                    + " avg(r.spend) FILTER (WHERE t.cut - r.w < 4) AS cur,"
                    + " CASE WHEN t.cut - any_value(r.first) + 1 >= 10 THEN avg(r.spend) FILTER (WHERE t.cut - r.w BETWEEN 4 AND 9)"
                    + " WHEN t.cut - any_value(r.first) + 1 > 4 THEN avg(r.spend) FILTER (WHERE t.cut - r.w >= 4)"
                    + " ELSE avg(r.spend) END AS base,"
                    + " coalesce(stddev_pop(r.spend) FILTER (WHERE t.cut - r.w < 8)"
                    + " / nullif(avg(r.spend) FILTER (WHERE t.cut - r.w < 8), 0), 0) AS vol,"
                    + " CASE WHEN t.cut - any_value(r.first) + 1 >= 10 THEN coalesce(stddev_pop(r.spend) FILTER (WHERE t.cut - r.w BETWEEN 4 AND 9)"
                    + " / nullif(avg(r.spend) FILTER (WHERE t.cut - r.w BETWEEN 4 AND 9), 0), 0)"
                    + " WHEN t.cut - any_value(r.first) + 1 > 4 THEN coalesce(stddev_pop(r.spend) FILTER (WHERE t.cut - r.w >= 4)"
                    + " / nullif(avg(r.spend) FILTER (WHERE t.cut - r.w >= 4), 0), 0)"
                    + " ELSE coalesce(stddev_pop(r.spend) / nullif(avg(r.spend), 0), 0) END * 100 AS basevar,"
                    + " coalesce(min(t.cut - r.w) FILTER (WHERE r.spend <> 0), t.cut - any_value(r.first) + 1) AS zero_weeks,"
                    + " min(t.cut - r.w) FILTER (WHERE NOT r.declined OR r.w = r.first) AS decline_weeks"
                    + " FROM ser r JOIN cuts t ON r.w <= t.cut GROUP BY t.k, t.cut, r.id)");
            sql.execute("CREATE TEMP TABLE risk AS SELECT *,"
                    + " CASE WHEN base2 = 0 THEN 0 ELSE (cur2 - base2) / base2 * 100 END AS velocity FROM m");
            sql.execute("CREATE TEMP TABLE scored AS SELECT *, score, CASE WHEN score >= 6 THEN 'severe' WHEN score >= 4 THEN 'high'"
                    + " WHEN score >= 2 THEN 'moderate' ELSE 'none' END AS stier FROM (SELECT *,"
                    + " (CASE WHEN decline_weeks >= 4 THEN 3 WHEN decline_weeks >= 3 THEN 2 WHEN decline_weeks >= 2 THEN 1 ELSE 0 END)"
                    + " + (CASE WHEN zero_weeks >= 3 THEN 4 WHEN zero_weeks >= 2 THEN 3 WHEN zero_weeks >= 1 THEN 2 ELSE 0 END)"
                    + " + (CASE WHEN velocity <= -50 THEN 3 WHEN velocity <= -35 THEN 2 WHEN velocity <= -20 THEN 1 ELSE 0 END)"
                    + " + (CASE WHEN vol >= 0.60 THEN 3 WHEN vol >= 0.45 THEN 2 WHEN vol >= 0.30 THEN 1 ELSE 0 END) AS score"
                    + " FROM risk)");
            sql.execute("CREATE TEMP TABLE ex AS SELECT *, CASE WHEN gap = 0 THEN 0 ELSE round(gap * least(2.5,"
                    + " (CASE WHEN zero_weeks >= 3 THEN 1.50 WHEN zero_weeks >= 2 THEN 1.30 WHEN zero_weeks >= 1 THEN 1.15 ELSE 1.05 END)"
                    + " * (CASE stier WHEN 'severe' THEN 1.40 WHEN 'high' THEN 1.25 WHEN 'moderate' THEN 1.10 ELSE 1.00 END)"
                    + " * (CASE WHEN high THEN 1.25 ELSE 1.00 END)), 2) END AS rei"
                    + " FROM scored WHERE gap > 0 OR zero_weeks >= 1");
            // SPEC §5 for this run: gap weeks that were stockout store-weeks
            sql.execute("CREATE TEMP TABLE rc AS SELECT e.id, count(*) FILTER (WHERE r.spend < e.base2 OR r.spend = 0) AS gap_weeks,"
                    + " count(*) FILTER (WHERE (r.spend < e.base2 OR r.spend = 0) AND so.store IS NOT NULL) AS overlap,"
                    + " arg_max(r.store, r.w) AS last_store"
                    + " FROM (SELECT * FROM ex WHERE k = 0) e JOIN ser r ON r.id = e.id"
                    + " LEFT JOIN wk g ON g.w = r.w LEFT JOIN stockout so ON so.store = r.store AND so.wk = g.wk GROUP BY e.id");
            sql.execute("CREATE TEMP TABLE result AS SELECT e.*, rc.last_store, rc.overlap,"
                    + " CASE WHEN rc.gap_weeks = 0 THEN 0 ELSE round(rc.overlap / rc.gap_weeks, 4) END AS share,"
                    + " CASE WHEN e.zero_weeks >= 2 AND rc.overlap = 0 THEN 'behavioral_churn'"
                    + " WHEN e.gap > 0 AND rc.overlap >= 1 AND rc.overlap / rc.gap_weeks >= 0.40 THEN 'operational_stockout'"
                    + " WHEN e.stier IN ('high', 'severe') THEN 'structural_decline' ELSE 'demand_softness' END AS root_cause,"
                    + " coalesce(c.loyal, false) AS loyal"
                    + " FROM (SELECT * FROM ex WHERE k = 0) e JOIN rc USING (id) LEFT JOIN c USING (id)");
            sql.execute("COPY (SELECT id AS customer_id, last_store AS store_id, CASE WHEN high THEN 'high' ELSE 'standard' END AS tier,"
                    + " cur2 AS current_revenue, base2 AS baseline_revenue, gap AS gap_amount, decline_pct AS decline_percent,"
                    + " decline_weeks AS consecutive_decline_weeks, zero_weeks AS consecutive_zero_spend_weeks,"
                    + " round(velocity, 2) AS decline_velocity_percent, round(vol, 4) AS revenue_volatility_score,"
                    + " round(basevar, 2) AS baseline_variance_percent, score AS structural_risk_score, stier AS structural_tier,"
                    + " overlap AS stockout_overlap_weeks, share AS percent_gap_due_to_stockout, root_cause, rei AS exposure_index"
                    + " FROM result ORDER BY rei DESC, gap DESC, TRY_CAST(id AS HUGEINT), id)"
                    + " TO '" + out.resolve("customers.csv") + "' (HEADER, DELIMITER ',')");
            StringBuilder totals = new StringBuilder();
            try (ResultSet r = sql.executeQuery("SELECT round(sum(gap), 2), round(sum(rei), 2), count(*) FROM result")) {
                r.next();
                totals.append("total_gap ").append(r.getBigDecimal(1)).append("\ntotal_rei ").append(r.getBigDecimal(2))
                        .append("\ncustomer_count_with_gaps ").append(r.getLong(3)).append('\n');
            }
            try (ResultSet r = sql.executeQuery("SELECT root_cause, round(sum(rei), 2) FROM result GROUP BY 1 ORDER BY 2 DESC")) {
                while (r.next()) {
                    totals.append("exposure_by_root_cause ").append(r.getString(1)).append(' ').append(r.getBigDecimal(2)).append('\n');
                }
            }
            try (ResultSet r = sql.executeQuery("SELECT last_store, round(sum(rei), 2) FROM result GROUP BY 1 ORDER BY 2 DESC LIMIT 5")) {
                while (r.next()) {
                    totals.append("exposure_by_store ").append(r.getString(1)).append(' ').append(r.getBigDecimal(2)).append('\n');
                }
            }
            try (ResultSet r = sql.executeQuery("SELECT k, round(sum(gap), 2), round(sum(rei), 2), count(*) FROM ex GROUP BY k ORDER BY k")) {
                while (r.next()) {
                    totals.append("timeline ").append(r.getInt(1)).append(' ').append(r.getBigDecimal(2)).append(' ')
                            .append(r.getBigDecimal(3)).append(' ').append(r.getLong(4)).append('\n');
                }
            }
            Files.writeString(out.resolve("totals.txt"), totals);
            System.out.print(totals);
        }
        System.out.printf("DuckDB baseline done in %.2f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static String file(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().startsWith(prefix))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + prefix + " file in " + folder))
                    .toAbsolutePath().toString().replace("'", "''");
        }
    }
}
