package org.rgo.support;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Waiting, with a deadline, for something the service does on its own: a file appearing, a run in
 * the ledger, a route finishing its exchanges. The one place in the tests that pauses.
 */
public final class Await {

    /** Generous: the deadline only matters when the awaited thing never happens (the machine may be busy). */
    public static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private Await() {}

    /** Something a test does that may throw. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Waits until {@code condition} holds; fails naming {@code what} at the deadline. */
    public static void until(String what, BooleanSupplier condition) {
        value(what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** The first present value of {@code probe}, polled until the deadline; fails naming {@code what} then. */
    public static <T> T value(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                fail("gave up waiting after " + DEADLINE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }

    /**
     * Does {@code action}, then waits until route {@code routeId} has finished (completed or failed)
     * {@code exchanges} more exchanges that its own consumer started (the route's from: a file
     * poll, a timer, a schedule). Camel's NotifyBuilder, set up before the action so nothing is missed.
     */
    public static void routeDone(CamelContext context, String routeId, int exchanges, Action action) throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(routeId).whenDone(exchanges).create();
        try {
            action.run();
            if (!done.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("gave up waiting after " + DEADLINE.toSeconds() + " s for route " + routeId + " to finish "
                        + exchanges + " exchange(s)");
            }
        } finally {
            done.destroy();
        }
    }
}
