package org.rgo.ledger;

import org.flywaydb.core.Flyway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run ledger in a SQL database: H2 file by default, any JDBC database by URL. The schema is
 * Flyway's (classpath:db/migration), brought up to date when the ledger is opened.
 *
 * <p>Every call opens its own connection. An embedded H2 database is then open only while the
 * ledger is in use, so a one-shot run and the service can share the file, and a lost PostgreSQL
 * connection costs one call, not the rest of the process. Times are kept to the microsecond, the
 * finest that both H2 and PostgreSQL store.
 */
public final class JdbcRunLedger implements RunLedger {

    /** Texts longer than their column (a long exception message) are cut rather than lose the run. */
    private static final int MAX_TEXT = 4000;

    private static final String COLUMNS = "run_id, as_of_week, started_at, finished_at, status, total_gap, "
            + "total_rei, customers_at_risk, verdict, output_folder, delivery, error";

    private final LedgerSettings settings;

    private JdbcRunLedger(LedgerSettings settings) {
        this.settings = settings;
    }

    /** Opens the ledger, creating or migrating its schema. */
    public static JdbcRunLedger open(LedgerSettings settings) {
        try {
            Flyway.configure()
                    .dataSource(settings.url(), settings.user(), settings.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new LedgerException("cannot open the run ledger at " + settings.url() + ": " + e.getMessage(), e);
        }
        return new JdbcRunLedger(settings);
    }

    public String url() {
        return settings.url();
    }

    @Override
    public void record(RunRecord run) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                if (update(connection, run) == 0) {
                    insert(connection, run);
                }
                replaceInputs(connection, run);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record run " + run.runId() + " in the run ledger", e);
        }
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return query("SELECT " + COLUMNS + " FROM rgo_run WHERE run_id = ?", 1, runId).stream().findFirst();
    }

    @Override
    public List<RunRecord> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM rgo_run ORDER BY started_at DESC, run_id DESC", limit, null);
    }

    /** Asks the database for the one run instead of reading the whole ledger. */
    @Override
    public Optional<RunRecord> latestSucceeded() {
        return query("SELECT " + COLUMNS + " FROM rgo_run WHERE status = ? ORDER BY started_at DESC, run_id DESC", 1,
                RunRecord.Status.SUCCEEDED.name()).stream().findFirst();
    }

    @Override
    public void recordPriorities(String runId, List<RunPriority> priorities) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM rgo_run_priority WHERE run_id = ?")) {
                    delete.setString(1, runId);
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rgo_run_priority (run_id, "
                        + "priority_rank, customer_id, root_cause, owner_team, gap_amount, exposure_index) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (RunPriority p : priorities) {
                        insert.setString(1, runId);
                        insert.setInt(2, p.rank());
                        insert.setString(3, p.customerId());
                        insert.setString(4, p.rootCause());
                        insert.setString(5, p.owner());
                        insert.setBigDecimal(6, cents(p.gapAmount()));
                        insert.setBigDecimal(7, cents(p.exposureIndex()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record the priorities of run " + runId + " in the run ledger", e);
        }
    }

    @Override
    public List<RunPriority> priorities(String runId) {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT priority_rank, customer_id, root_cause, owner_team, gap_amount, exposure_index "
                        + "FROM rgo_run_priority WHERE run_id = ? ORDER BY priority_rank")) {
            select.setString(1, runId);
            List<RunPriority> priorities = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    priorities.add(new RunPriority(rows.getInt(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getBigDecimal(5).doubleValue(), rows.getBigDecimal(6).doubleValue()));
                }
            }
            return List.copyOf(priorities);
        } catch (SQLException e) {
            throw new LedgerException("cannot read the priorities of run " + runId + " from the run ledger", e);
        }
    }

    /** Money as the run reported it: the exact binary value rounded half-even to the cent (SPEC round2). */
    private static BigDecimal cents(double amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Counted by the database: a ledger grows by a run a week, and by one a minute while runs fail. */
    @Override
    public Map<RunRecord.Status, Long> countByStatus() {
        Map<RunRecord.Status, Long> counts = new EnumMap<>(RunRecord.Status.class);
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT status, COUNT(*) FROM rgo_run GROUP BY status");
             ResultSet rows = count.executeQuery()) {
            while (rows.next()) {
                counts.put(RunRecord.Status.valueOf(rows.getString(1)), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot count the runs in the run ledger", e);
        }
        return counts;
    }

    @Override
    public void recordGate(RunGate gate) {
        try (Connection connection = connect()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement("UPDATE rgo_run_gate SET gate_status = ?, "
                    + "reasons = ?, profile = ?, released_at = ? WHERE run_id = ?")) {
                bindGate(update, gate);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rgo_run_gate (gate_status, "
                        + "reasons, profile, released_at, run_id) VALUES (?, ?, ?, ?, ?)")) {
                    bindGate(insert, gate);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record the data gate of run " + gate.runId() + " in the run ledger", e);
        }
    }

    @Override
    public Optional<RunGate> gate(String runId) {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT gate_status, reasons, profile, released_at FROM rgo_run_gate WHERE run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String reasons = rows.getString("reasons");
                return Optional.of(new RunGate(runId, rows.getString("gate_status"),
                        reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")), rows.getString("profile"),
                        instant(rows.getObject("released_at", OffsetDateTime.class))));
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot read the data gate of run " + runId + " from the run ledger", e);
        }
    }

    /** Binds status, reasons (one a line), profile, release time, run id, in that order. */
    private static void bindGate(PreparedStatement statement, RunGate gate) throws SQLException {
        statement.setString(1, gate.status());
        statement.setString(2, String.join("\n", gate.reasons().stream()
                .map(reason -> reason.replace('\n', ' ').replace('\r', ' ')).toList()));
        setNullable(statement, 3, gate.profile(), Types.VARCHAR);
        setNullable(statement, 4, timestamp(gate.releasedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(5, gate.runId());
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static int update(Connection connection, RunRecord run) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE rgo_run SET as_of_week = ?, "
                + "started_at = ?, finished_at = ?, status = ?, total_gap = ?, total_rei = ?, customers_at_risk = ?, "
                + "verdict = ?, output_folder = ?, delivery = ?, error = ? WHERE run_id = ?")) {
            bindFields(update, 1, run);
            update.setString(12, run.runId());
            return update.executeUpdate();
        }
    }

    private static void insert(Connection connection, RunRecord run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rgo_run (as_of_week, started_at, "
                + "finished_at, status, total_gap, total_rei, customers_at_risk, verdict, output_folder, delivery, "
                + "error, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindFields(insert, 1, run);
            insert.setString(12, run.runId());
            insert.executeUpdate();
        }
    }

    /** Binds every field but the run id, in {@link #COLUMNS} order from as_of_week on. */
    private static void bindFields(PreparedStatement statement, int first, RunRecord run) throws SQLException {
        int i = first;
        statement.setObject(i++, run.asOfWeek());
        statement.setObject(i++, timestamp(run.startedAt()));
        setNullable(statement, i++, timestamp(run.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(i++, run.status().name());
        setNullable(statement, i++, run.totalGap(), Types.DOUBLE);
        setNullable(statement, i++, run.totalRei(), Types.DOUBLE);
        setNullable(statement, i++, run.customersAtRisk(), Types.INTEGER);
        setNullable(statement, i++, run.verdict(), Types.VARCHAR);
        setNullable(statement, i++, cut(run.outputFolder()), Types.VARCHAR);
        statement.setString(i++, run.delivery().name());
        setNullable(statement, i, cut(run.error()), Types.VARCHAR);
    }

    private static void replaceInputs(Connection connection, RunRecord run) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rgo_run_input WHERE run_id = ?")) {
            delete.setString(1, run.runId());
            delete.executeUpdate();
        }
        if (run.inputs().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rgo_run_input "
                + "(run_id, input_order, kind, file_name, sha256, row_count) VALUES (?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (RunRecord.InputFile input : run.inputs()) {
                insert.setString(1, run.runId());
                insert.setInt(2, order++);
                insert.setString(3, input.kind());
                insert.setString(4, input.name());
                setNullable(insert, 5, input.sha256(), Types.CHAR);
                insert.setLong(6, input.rows());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<RunRecord> query(String sql, int limit, String parameter) {
        if (limit <= 0) {
            return List.of();
        }
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setMaxRows(limit);
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<RunRecord> runs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(rows));
                }
            }
            List<RunRecord> withInputs = new ArrayList<>(runs.size());
            for (RunRecord run : runs) {
                withInputs.add(withInputs(run, inputs(connection, run.runId())));
            }
            return withInputs;
        } catch (SQLException e) {
            throw new LedgerException("cannot read the run ledger", e);
        }
    }

    private static RunRecord run(ResultSet rows) throws SQLException {
        return new RunRecord(rows.getString("run_id"), rows.getObject("as_of_week", LocalDate.class),
                instant(rows.getObject("started_at", OffsetDateTime.class)),
                instant(rows.getObject("finished_at", OffsetDateTime.class)),
                RunRecord.Status.valueOf(rows.getString("status")), List.of(),
                rows.getObject("total_gap", Double.class), rows.getObject("total_rei", Double.class),
                rows.getObject("customers_at_risk", Integer.class), rows.getString("verdict"),
                rows.getString("output_folder"), RunRecord.Delivery.valueOf(rows.getString("delivery")),
                rows.getString("error"));
    }

    private static List<RunRecord.InputFile> inputs(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT kind, file_name, sha256, row_count "
                + "FROM rgo_run_input WHERE run_id = ? ORDER BY input_order")) {
            select.setString(1, runId);
            List<RunRecord.InputFile> inputs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    inputs.add(new RunRecord.InputFile(rows.getString("kind"), rows.getString("file_name"),
                            rows.getString("sha256"), rows.getLong("row_count")));
                }
            }
            return List.copyOf(inputs);
        }
    }

    private static RunRecord withInputs(RunRecord r, List<RunRecord.InputFile> inputs) {
        return new RunRecord(r.runId(), r.asOfWeek(), r.startedAt(), r.finishedAt(), r.status(), inputs, r.totalGap(),
                r.totalRei(), r.customersAtRisk(), r.verdict(), r.outputFolder(), r.delivery(), r.error());
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int sqlType)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
