package org.rgo.ops;

import org.rgo.pipeline.RunRecorder;
import org.rgo.pipeline.RunStep;

import java.util.Set;

/**
 * The names in routes/*.camel.yaml and org.rgo.pipeline that operations depend on, in one place;
 * the JMX tests fail if the routes change them.
 */
final class PipelineContract {

    /** The route every run passes through, from the timer, the schedule, an operator or the one-shot command. */
    static final String RUN_ROUTE = "analyze";
    /** Routes whose steps are timed for the per-run log line: reading the inputs, the layers, the outputs. */
    static final Set<String> TIMED_ROUTES = Set.of("runs", "one-shot", RUN_ROUTE, "report");
    static final String RUN_STAGED = "direct:run-staged";
    static final String SEND_LATEST = "direct:send-latest";
    /** Releases the held run named in the {@link #RUN_ID_HEADER} header (README "Data gate"). */
    static final String RELEASE_HELD_RUN = "direct:release-held-run";
    static final String FORCE_HEADER = RunStep.FORCE;
    static final String RUN_ID_HEADER = RunRecorder.RUN_ID;

    private PipelineContract() {}
}
