package org.rgo.hardening.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waiting, with a deadline, for something the service does on its own (a file appearing). */
public final class Await {

    /** Generous: the deadline only matters when the awaited thing never happens. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private Await() {}

    public static void until(String what, Supplier<Boolean> condition) {
        value(what, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** The first present value of {@code probe}; fails naming {@code what} at the deadline. */
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
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }
}
