package org.rgo.ops;

import java.util.Set;

/**
 * The names in routes/*.camel.yaml and org.rgo.pipeline that operations depend on, in one place.
 * The header names repeat package-private constants of org.rgo.pipeline (RunStep.FORCE,
 * RunRecorder.RUN_ID); the JMX tests fail if either side changes.
 */
final class PipelineContract {

    /** The route every run passes through, from the timer, the schedule, an operator or the one-shot command. */
    static final String RUN_ROUTE = "analyze";
    /** Routes whose bean steps are timed for the per-run log line. */
    static final Set<String> TIMED_ROUTES = Set.of(RUN_ROUTE, "report");
    static final String RUN_STAGED = "direct:run-staged";
    static final String SEND_LATEST = "direct:send-latest";
    static final String FORCE_HEADER = "rgoForce";
    static final String RUN_ID_HEADER = "rgoRunId";
    static final String RUN_RECORDER_BEAN = "runRecorder";

    private PipelineContract() {}
}
