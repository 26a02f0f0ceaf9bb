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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.rgo.ops.PipelineContract.RUN_ID_HEADER;
import static org.rgo.ops.PipelineContract.RUN_ROUTE;
import static org.rgo.ops.PipelineContract.TIMED_ROUTES;

/**
 * Times every bean step of the run's routes (the layers, writing the outputs, the ledger updates)
 * and logs one line per run when the exchange leaves the run's entry route. Camel's step events
 * do not help here: StepStarted/StepCompleted fire only for the {@code step} EIP and ExchangeSent
 * only for {@code to}, while the layers are {@code bean} steps; so this wraps them instead, which
 * needs no route edits.
 */
final class RunTimer implements InterceptStrategy, RoutePolicyFactory {

    static final String STEP_TIMES = "rgoStepTimes";
    private static final String RUN_STARTED = "rgoRunStartedNanos";
    private static final Logger LOG = LoggerFactory.getLogger(RunTimer.class);

    private final Supplier<RunLedger> ledger;
    private final AtomicReference<List<StepTime>> lastRun = new AtomicReference<>(List.of());

    RunTimer(Supplier<RunLedger> ledger) {
        this.ledger = ledger;
    }

    /** The step times of the last run that finished in this process, in the order the steps ran. */
    List<StepTime> lastRun() {
        return lastRun.get();
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode node, Processor target,
                                                 Processor nextTarget) {
        String routeId = routeIdOf(node);
        if (!"bean".equals(node.getShortName()) || routeId == null || !TIMED_ROUTES.contains(routeId)) {
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

    @SuppressWarnings("unchecked")
    private static List<StepTime> stepTimes(Exchange exchange) {
        List<StepTime> times = exchange.getProperty(STEP_TIMES, List.class);
        if (times == null) {
            times = new ArrayList<>();
            exchange.setProperty(STEP_TIMES, times);
        }
        return times;
    }

    private static final class TimedStep extends DelegateAsyncProcessor {
        private final String stepId;

        TimedStep(String stepId, Processor target) {
            super(target);
            this.stepId = stepId;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            long start = System.nanoTime();
            return super.process(exchange, doneSync -> {
                stepTimes(exchange).add(new StepTime(stepId, System.nanoTime() - start));
                callback.done(doneSync);
            });
        }
    }

    private final class RunLine extends RoutePolicySupport {
        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            exchange.setProperty(STEP_TIMES, new ArrayList<StepTime>());
            exchange.setProperty(RUN_STARTED, System.nanoTime());
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            long total = System.nanoTime() - exchange.getProperty(RUN_STARTED, System.nanoTime(), Long.class);
            List<StepTime> steps = List.copyOf(stepTimes(exchange));
            lastRun.set(steps);
            String runId = exchange.getMessage().getHeader(RUN_ID_HEADER, String.class);
            Optional<RunRecord> run = Optional.empty();
            try {
                run = runId == null ? Optional.empty() : ledger.get().find(runId);
            } catch (RuntimeException e) {
                LOG.warn("Cannot read run {} from the ledger for its log line: {}", runId, e.getMessage());
            }
            String line = RunTimingLine.of(runId, run, steps, total, exchange.getException());
            if (exchange.isFailed()) {
                LOG.warn(line);
            } else {
                LOG.info(line);
            }
        }
    }
}
