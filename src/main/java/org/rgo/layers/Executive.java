package org.rgo.layers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Executive layer output (SPEC §9): verdict, targets, triggers and data freshness. */
public record Executive(String verdict, List<Target> targets, List<String> executiveTriggers,
                        LocalDate asOfWeek, Instant dataSnapshotUtc, List<String> validationWarnings) {

    /** A target; {@code count} marks one measured in whole customers rather than money. */
    public record Target(String name, double actual, double target, String status, boolean count) {}
}
