package org.rgo.ops;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.rgo.ledger.RunLedger;
import org.rgo.ledger.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.rgo.ops.PipelineContract.RUN_ID_HEADER;
import static org.rgo.ops.PipelineContract.RUN_ROUTE;
import static org.rgo.ops.PipelineContract.TIMED_ROUTES;

/**
 * The one step timer: times every bean and split step of the run's routes (reading the inputs,
 * each layer over all its chunks, writing the outputs, the ledger updates) and logs one line per
 * run when the exchange leaves the run's route, with the process CPU the run took and when it
 * began after JVM start (which the benchmark reads as the start-up time). Camel's step events do
 * not help here: StepStarted/StepCompleted fire only for the {@code step} EIP and ExchangeSent only
 * for {@code to}, while the layers are {@code bean} steps; so this wraps them instead.
 */
final class RunTimer implements InterceptStrategy, RoutePolicyFactory {

    static final String STEP_TIMES = "rgoStepTimes";
    private static final String RUN_STARTED = "rgoRunStartedNanos";
    private static final String RUN_CPU = "rgoRunCpuNanos";
    private static final List<String> TIMED_NODES = List.of("bean", "split");
    private static final Logger LOG = LoggerFactory.getLogger(RunTimer.class);

    private final RunLedger ledger;
    private final AtomicReference<List<StepTime>> lastRun = new AtomicReference<>(List.of());

    RunTimer(RunLedger ledger) {
        this.ledger = ledger;
    }

    /** The step times of the last run that finished in this process, in the order the steps first ran. */
    List<StepTime> lastRun() {
        return lastRun.get();
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode node, Processor target,
                                                 Processor nextTarget) {
        String routeId = routeIdOf(node);
        if (!TIMED_NODES.contains(node.getShortName()) || routeId == null || !TIMED_ROUTES.contains(routeId)) {
            return target;
        }
        return new TimedStep(node.getId(), target);
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
        return RUN_ROUTE.equals(routeId) ? new RunLine() : null;
    }

    private static String routeIdOf(NamedNode node) {
        NamedNode current = node;
        while (current != null && !"route".equals(current.getShortName())) {
            current = current.getParent();
        }
        return current == null ? null : current.getId();
    }

    /**
     * A run's step times. The splitter's copies of the exchange share it (Camel copies the
     * property map, not its values), so chunks on several threads add to the same one.
     */
    private static final class StepTimes {
        private final Map<String, long[]> byStep = new LinkedHashMap<>();

        synchronized void add(String stepId, long nanos) {
            long[] sum = byStep.computeIfAbsent(stepId, id -> new long[2]);
            sum[0] += nanos;
            sum[1]++;
        }

        synchronized List<StepTime> list() {
            List<StepTime> steps = new ArrayList<>();
            byStep.forEach((id, sum) -> steps.add(new StepTime(id, sum[0], (int) sum[1])));
            return List.copyOf(steps);
        }
    }

    private static StepTimes stepTimes(Exchange exchange) {
        synchronized (exchange) {
            StepTimes times = exchange.getProperty(STEP_TIMES, StepTimes.class);
            if (times == null) {
                times = new StepTimes();
                exchange.setProperty(STEP_TIMES, times);
            }
            return times;
        }
    }

    private static final class TimedStep extends DelegateAsyncProcessor {
        private final String stepId;

        TimedStep(String stepId, Processor target) {
            super(target);
            this.stepId = stepId;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            StepTimes times = stepTimes(exchange);
            long start = System.nanoTime();
            return super.process(exchange, doneSync -> {
                times.add(stepId, System.nanoTime() - start);
                callback.done(doneSync);
            });
        }
    }

    private final class RunLine extends RoutePolicySupport {
        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            stepTimes(exchange);
            exchange.setProperty(RUN_STARTED, System.nanoTime());
            exchange.setProperty(RUN_CPU, processCpuNanos());
            LOG.debug("Run began {} ms after JVM start", System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime());
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            long total = System.nanoTime() - exchange.getProperty(RUN_STARTED, System.nanoTime(), Long.class);
            long cpu = processCpuNanos() - exchange.getProperty(RUN_CPU, 0L, Long.class);
            List<StepTime> steps = stepTimes(exchange).list();
            lastRun.set(steps);
            String runId = exchange.getMessage().getHeader(RUN_ID_HEADER, String.class);
            Optional<RunRecord> run = Optional.empty();
            try {
                run = runId == null ? Optional.empty() : ledger.find(runId);
            } catch (RuntimeException e) {
                LOG.warn("Cannot read run {} from the ledger for its log line: {}", runId, e.getMessage());
            }
            String line = RunTimingLine.of(runId, run, steps, total, cpu, exchange.getException());
            if (exchange.isFailed()) {
                LOG.warn(line);
            } else {
                LOG.info(line);
            }
        }
    }

    /** CPU time of the whole process (all threads), so that timings on a busy machine still compare. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }
}
