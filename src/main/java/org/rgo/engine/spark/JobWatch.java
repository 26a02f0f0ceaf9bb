package org.rgo.engine.spark;

import org.apache.spark.launcher.SparkAppHandle;

/** Follows a launched application's state, for a caller that waits for the end. */
final class JobWatch implements SparkAppHandle.Listener {

    private SparkAppHandle.State state = SparkAppHandle.State.UNKNOWN;

    @Override
    public synchronized void stateChanged(SparkAppHandle handle) {
        state = handle.getState();
        notifyAll();
    }

    @Override
    public void infoChanged(SparkAppHandle handle) {
        // the application id is read from the handle when needed
    }

    /** The first final state, or the state at the deadline (not final) when it comes first. */
    synchronized SparkAppHandle.State awaitFinal(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!state.isFinal() && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return state;
    }

    /** Waits up to {@code millis} for the state to leave {@code current}; returns the state then. */
    synchronized SparkAppHandle.State awaitChangeFrom(SparkAppHandle.State current, long millis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (state == current && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return state;
    }
}
