package org.rgo.ops.http;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.rgo.ingest.InputKind;
import org.rgo.ledger.RunRecord;
import org.rgo.ops.OperatorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The service's own metrics, {@code rgo_*}, read from the run ledger, the staging area and the
 * mail outbox on every scrape (through {@link OperatorView}, as the JMX orchestrator reads them), so
 * they survive restarts and agree with JMX and the runs page. Statuses and verdicts are label
 * values, so a new run status shows up without a change here. Names are in {@link #NAMES};
 * docs/ops uses them, and a test checks that each is exposed.
 */
final class RgoMetrics implements MultiCollector {

    static final String LAST_RUN_STATUS = "rgo_last_run_status";
    static final String LAST_RUN_TIMESTAMP = "rgo_last_run_timestamp_seconds";
    static final String LAST_RUN_DURATION = "rgo_last_run_duration_seconds";
    static final String LAST_RUN_AS_OF_WEEK_AGE = "rgo_last_run_as_of_week_age_seconds";
    static final String LAST_RUN_TOTAL_REI = "rgo_last_run_total_rei";
    static final String LAST_RUN_TOTAL_GAP = "rgo_last_run_total_gap";
    static final String LAST_RUN_CUSTOMERS_AT_RISK = "rgo_last_run_customers_at_risk";
    static final String LAST_RUN_VERDICT = "rgo_last_run_verdict";
    static final String LAST_SUCCESS_TIMESTAMP = "rgo_last_success_timestamp_seconds";
    static final String RUNS = "rgo_runs";
    static final String FILES_ACCEPTED = "rgo_files_accepted";
    static final String FILES_REJECTED = "rgo_files_rejected";
    static final String EMAILS_PENDING = "rgo_emails_pending";
    static final String EMAILS_SENT = "rgo_emails_sent";
    static final String STAGED_AGE = "rgo_staged_data_age_seconds";
    static final String HEALTH_READY = "rgo_health_ready";
    static final String HEALTH_LIVE = "rgo_health_live";
    /** As Prometheus client names them: counters without their {@code _total}. */
    static final List<String> NAMES = List.of(LAST_RUN_STATUS, LAST_RUN_TIMESTAMP, LAST_RUN_DURATION,
            LAST_RUN_AS_OF_WEEK_AGE, LAST_RUN_TOTAL_REI, LAST_RUN_TOTAL_GAP, LAST_RUN_CUSTOMERS_AT_RISK,
            LAST_RUN_VERDICT, LAST_SUCCESS_TIMESTAMP, RUNS, FILES_ACCEPTED, FILES_REJECTED, EMAILS_PENDING,
            EMAILS_SENT, STAGED_AGE, HEALTH_READY, HEALTH_LIVE);

    private static final Logger LOG = LoggerFactory.getLogger(RgoMetrics.class);

    private final OperatorView view;
    private final BooleanSupplier ready;
    private final BooleanSupplier live;

    /** {@code ready} and {@code live} answer what /observe/health/ready and /live answer. */
    RgoMetrics(OperatorView view, BooleanSupplier ready, BooleanSupplier live) {
        this.view = view;
        this.ready = ready;
        this.live = live;
    }

    @Override
    public List<String> getPrometheusNames() {
        return NAMES;
    }

    /** Each source on its own: an unreadable ledger leaves the folder metrics (and the JVM's) in the scrape. */
    @Override
    public MetricSnapshots collect() {
        List<MetricSnapshot> metrics = new ArrayList<>();
        Instant now = view.now();
        readIfPossible("the run ledger", metrics, section -> ledger(section, now));
        readIfPossible("the inbox", metrics, section -> folders(section, now));
        readIfPossible("the mail outbox", metrics, this::mail);
        // for alert rules: Prometheus reads numbers, not the health endpoint's JSON
        readIfPossible("the health checks", metrics, section -> {
            section.add(gauge(HEALTH_READY, "1 when every readiness check is UP, as /observe/health/ready says",
                    ready.getAsBoolean() ? 1 : 0));
            section.add(gauge(HEALTH_LIVE, "1 when every liveness check is UP, as /observe/health/live says",
                    live.getAsBoolean() ? 1 : 0));
        });
        return new MetricSnapshots(metrics);
    }

    private void ledger(List<MetricSnapshot> metrics, Instant now) {
        Optional<RunRecord> last = view.latestRun();
        GaugeSnapshot.Builder status = GaugeSnapshot.builder().name(LAST_RUN_STATUS)
                .help("1 for the status of the newest run in the ledger, 0 for the others");
        for (RunRecord.Status each : RunRecord.Status.values()) {
            boolean current = last.map(run -> run.status() == each).orElse(false);
            status.dataPoint(point(Labels.of("status", each.name()), current ? 1 : 0));
        }
        metrics.add(status.build());
        last.ifPresent(run -> lastRun(metrics, run, now));
        view.latestSucceeded().map(RunRecord::finishedAt).ifPresent(finished -> metrics.add(gauge(LAST_SUCCESS_TIMESTAMP,
                "When the newest successful run finished (Unix time)", epochSeconds(finished))));

        GaugeSnapshot.Builder runs = GaugeSnapshot.builder().name(RUNS).help("Runs in the ledger by status");
        Map<RunRecord.Status, Long> counts = view.runsByStatus();
        for (RunRecord.Status each : RunRecord.Status.values()) {
            runs.dataPoint(point(Labels.of("status", each.name()), counts.getOrDefault(each, 0L)));
        }
        metrics.add(runs.build());
    }

    private static void lastRun(List<MetricSnapshot> metrics, RunRecord run, Instant now) {
        metrics.add(gauge(LAST_RUN_TIMESTAMP, "When the newest run started (Unix time)", epochSeconds(run.startedAt())));
        if (run.finishedAt() != null) {
            metrics.add(gauge(LAST_RUN_DURATION, "How long the newest run took", run.durationMillis() / 1000.0));
        }
        if (run.asOfWeek() != null) {
            Instant weekStart = run.asOfWeek().atStartOfDay(ZoneOffset.UTC).toInstant();
            metrics.add(gauge(LAST_RUN_AS_OF_WEEK_AGE, "Age of the as-of week (its start) the newest run reported on",
                    Duration.between(weekStart, now).toMillis() / 1000.0));
        }
        if (run.totalRei() != null) {
            metrics.add(gauge(LAST_RUN_TOTAL_REI, "Total revenue exposure index of the newest run (set when it succeeded)",
                    run.totalRei()));
        }
        if (run.totalGap() != null) {
            metrics.add(gauge(LAST_RUN_TOTAL_GAP, "Total revenue gap of the newest run (set when it succeeded)",
                    run.totalGap()));
        }
        if (run.customersAtRisk() != null) {
            metrics.add(gauge(LAST_RUN_CUSTOMERS_AT_RISK, "Customers at risk in the newest run (set when it succeeded)",
                    run.customersAtRisk()));
        }
        if (run.verdict() != null) {
            metrics.add(GaugeSnapshot.builder().name(LAST_RUN_VERDICT)
                    .help("1, labelled with the executive verdict of the newest run (set when it succeeded)")
                    .dataPoint(point(Labels.of("verdict", run.verdict()), 1)).build());
        }
    }

    private void folders(List<MetricSnapshot> metrics, Instant now) {
        metrics.add(filesByDataSet(FILES_ACCEPTED, "Files accepted into the inbox's .done folder",
                view.acceptedFiles()));
        metrics.add(filesByDataSet(FILES_REJECTED, "Files rejected into the inbox's .error folder",
                view.rejectedFilesByDataSet()));
        var staged = view.staged();
        if (!staged.isEmpty()) {
            GaugeSnapshot.Builder ages = GaugeSnapshot.builder().name(STAGED_AGE)
                    .help("How long ago each staged data set was staged; absent for a data set with nothing staged");
            staged.forEach((kind, file) -> ages.dataPoint(point(dataSet(kind),
                    Duration.between(file.stagedAt(), now).toMillis() / 1000.0)));
            metrics.add(ages.build());
        }
    }

    private void mail(List<MetricSnapshot> metrics) {
        metrics.add(gauge(EMAILS_PENDING, "Report emails waiting for delivery in outbox/mail/pending",
                view.pendingMail().size()));
        metrics.add(CounterSnapshot.builder().name(EMAILS_SENT).help("Report emails handed to the SMTP server")
                .dataPoint(CounterDataPointSnapshot.builder().value(view.sentMail()).build()).build());
    }

    private static CounterSnapshot filesByDataSet(String name, String help, Map<InputKind, Long> counts) {
        CounterSnapshot.Builder counter = CounterSnapshot.builder().name(name).help(help);
        counts.forEach((kind, count) -> counter.dataPoint(CounterDataPointSnapshot.builder().labels(dataSet(kind))
                .value(count).build()));
        return counter.build();
    }

    private static Labels dataSet(InputKind kind) {
        return Labels.of("data_set", kind.prefix());
    }

    private static GaugeSnapshot gauge(String name, String help, double value) {
        return GaugeSnapshot.builder().name(name).help(help).dataPoint(point(Labels.EMPTY, value)).build();
    }

    private static GaugeDataPointSnapshot point(Labels labels, double value) {
        return GaugeDataPointSnapshot.builder().labels(labels).value(value).build();
    }

    private static double epochSeconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }

    private static void readIfPossible(String source, List<MetricSnapshot> metrics,
                                       Consumer<List<MetricSnapshot>> read) {
        List<MetricSnapshot> section = new ArrayList<>();
        try {
            read.accept(section);
            metrics.addAll(section);
        } catch (RuntimeException e) {
            LOG.warn("Metrics from {} left out of this scrape: {}", source, e.toString());
        }
    }
}
