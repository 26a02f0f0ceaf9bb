package org.rgo.engine.spark;

/**
 * A Spark job that ended FAILED, KILLED or LOST, or finished without its result. The message
 * carries Spark's reason (the driver's exception); {@link #driverLogTail()} the log's last lines.
 */
public final class SparkJobFailedException extends RuntimeException {

    private final String driverLogTail;

    SparkJobFailedException(String message, String driverLogTail) {
        super(message);
        this.driverLogTail = driverLogTail;
    }

    public String driverLogTail() {
        return driverLogTail;
    }
}
