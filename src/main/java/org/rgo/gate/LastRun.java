package org.rgo.gate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The last successful run, as far as the gate compares with it: its as-of week, the profile of
 * its inputs (absent for a run recorded before the gate existed) and its sales file's SHA-256
 * (null when it was not computed).
 */
public record LastRun(String runId, LocalDate asOfWeek, Optional<DataProfile> profile, String salesSha256) {}
