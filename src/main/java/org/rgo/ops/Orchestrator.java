package org.rgo.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.support.EndpointHelper;
import org.rgo.ingest.InputKind;
import org.rgo.ledger.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.rgo.ops.PipelineContract.FORCE_HEADER;
import static org.rgo.ops.PipelineContract.RUN_ID_HEADER;
import static org.rgo.ops.PipelineContract.RUN_STAGED;
import static org.rgo.ops.PipelineContract.SEND_LATEST;

/**
 * Reads the run ledger and the folders for the attributes, and drives the routes for the
 * operations. Errors thrown to JMX clients are plain {@link IllegalStateException}s without a
 * cause: a remote JConsole has no Camel classes to deserialize a Camel exception with.
 */
final class Orchestrator implements OrchestratorMBean {

    static final String NO_RUN_YET = "NONE";
    private static final Logger LOG = LoggerFactory.getLogger(Orchestrator.class);

    private final CamelContext context;
    private final ProducerTemplate template;
    private final OperatorView view;
    private final RunTimer timer;

    Orchestrator(CamelContext context, ProducerTemplate template, OperatorView view, RunTimer timer) {
        this.context = context;
        this.template = template;
        this.view = view;
        this.timer = timer;
    }

    @Override
    public String getLastRunId() {
        return last(RunRecord::runId);
    }

    @Override
    public String getLastRunStatus() {
        return view.latestRun().map(run -> run.status().name()).orElse(NO_RUN_YET);
    }

    @Override
    public String getLastRunTime() {
        return last(run -> run.startedAt().toString());
    }

    @Override
    public Long getLastRunDurationMillis() {
        return last(run -> run.finishedAt() == null ? null : run.durationMillis());
    }

    @Override
    public String getLastAsOfWeek() {
        return last(run -> run.asOfWeek() == null ? null : run.asOfWeek().toString());
    }

    @Override
    public Double getLastTotalRei() {
        return last(RunRecord::totalRei);
    }

    @Override
    public Double getLastTotalGap() {
        return last(RunRecord::totalGap);
    }

    @Override
    public Integer getLastCustomersAtRisk() {
        return last(RunRecord::customersAtRisk);
    }

    @Override
    public String getLastVerdict() {
        return last(RunRecord::verdict);
    }

    @Override
    public String getLastOutputFolder() {
        return last(RunRecord::outputFolder);
    }

    @Override
    public String getLastError() {
        return last(RunRecord::error);
    }

    @Override
    public String[] getLastRunStepTimes() {
        return timer.lastRun().stream().map(StepTime::describe).toArray(String[]::new);
    }

    @Override
    public String[] getStagedFiles() {
        return OperatorFolders.stagedFiles(view.staged(), view.now()).toArray(String[]::new);
    }

    @Override
    public String[] getMissingDataSets() {
        return view.missingDataSets().stream().map(InputKind::prefix).toArray(String[]::new);
    }

    @Override
    public String[] getRejectedFiles() {
        return view.rejectedFiles().stream().map(OperatorView.RejectedFile::name).toArray(String[]::new);
    }

    @Override
    public int getRejectedFileCount() {
        return view.rejectedFiles().size();
    }

    @Override
    public int getPendingEmails() {
        return view.pendingMail().size();
    }

    @Override
    public String runNow() {
        List<String> missing = view.missingDataSets().stream().map(InputKind::prefix).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Cannot run now: the staged data set is incomplete, nothing staged yet for "
                    + String.join(", ", missing) + ". Drop the missing export(s) into "
                    + view.inbox().toAbsolutePath().normalize() + " first.");
        }
        LOG.info("Operator requested a run on the staged data (JMX runNow)");
        Exchange reply = template.request(RUN_STAGED, exchange -> exchange.getMessage().setHeader(FORCE_HEADER, true));
        String runId = reply.getMessage().getHeader(RUN_ID_HEADER, String.class);
        if (reply.getException() != null) {
            LOG.warn("runNow: the run {} failed", runId, reply.getException());
            throw new IllegalStateException("Run " + (runId == null ? "" : runId + " ") + "failed: "
                    + reply.getException().getMessage());
        }
        return Optional.ofNullable(runId).flatMap(id -> view.ledger().find(id))
                .map(Orchestrator::describe)
                .orElse("Run finished, but the ledger has no record of it (run id " + runId + ")");
    }

    @Override
    public String sendLatestReport() {
        if (!hasRouteFrom(SEND_LATEST)) {
            throw new IllegalStateException("Cannot send the latest report: email delivery is not available in this "
                    + "version of the service (no route consumes " + SEND_LATEST + ")");
        }
        LOG.info("Operator requested the latest report by email (JMX sendLatestReport)");
        Exchange reply = template.request(SEND_LATEST, exchange -> { });
        if (reply.getException() != null) {
            LOG.warn("sendLatestReport failed", reply.getException());
            throw new IllegalStateException("Sending the latest report failed: " + reply.getException().getMessage());
        }
        String answer = reply.getMessage().getBody(String.class);
        return answer == null || answer.isBlank() ? "The latest report was handed to email delivery" : answer;
    }

    static String describe(RunRecord run) {
        String text = "Run " + run.runId() + " " + run.status() + ": as-of " + run.asOfWeek();
        return run.status() == RunRecord.Status.SUCCEEDED
                ? text + ", verdict " + run.verdict() + ", report in " + run.outputFolder()
                : text + (run.error() == null ? "" : ", " + run.error());
    }

    private boolean hasRouteFrom(String uri) {
        for (Route route : context.getRoutes()) {
            if (EndpointHelper.matchEndpoint(context, route.getEndpoint().getEndpointUri(), uri)) {
                return true;
            }
        }
        return false;
    }

    private <T> T last(Function<RunRecord, T> attribute) {
        return view.latestRun().map(attribute).orElse(null);
    }
}
