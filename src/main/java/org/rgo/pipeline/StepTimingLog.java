package org.rgo.pipeline;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.Set;

/**
 * With {@code rgo.bench.step-timings=true}, logs how long each bean and {@code to} step of the
 * routes took (wall clock and CPU of the whole process), and when it started counted from JVM
 * start, so a benchmark can split a whole process run into start-up, reading, each layer and writing.
 */
final class StepTimingLog implements InterceptStrategy {

    private static final Logger LOG = LoggerFactory.getLogger("rgo.timing");
    private static final Set<String> TIMED_STEPS = Set.of("bean", "to");

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        if (!TIMED_STEPS.contains(definition.getShortName())) {
            return target;
        }
        String step = definition.getId();
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                long startedAt = System.currentTimeMillis() - jvmStart;
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                return processor.process(exchange, doneSync -> {
                    LOG.info("step {} took {} ms, process CPU {} ms (started {} ms after JVM start)", step,
                            (System.nanoTime() - start) / 1_000_000, (processCpuNanos() - cpuStart) / 1_000_000,
                            startedAt);
                    callback.done(doneSync);
                });
            }
        };
    }

    /** CPU time of the whole process (all threads), so that timings on a busy machine still compare. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }
}
