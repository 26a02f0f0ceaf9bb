package org.rgo.gate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The data gate's verdict on a run: PASSED, HELD with its reasons, or OFF (rgo.gate.enabled=false,
 * or a run that did not go through the gate). {@code profile} is what the run's inputs measured
 * (null when not measured); the run ledger keeps it for the next run to compare with.
 */
public record GateResult(Status status, List<GateReason> reasons, DataProfile profile) {

    public enum Status { PASSED, HELD, OFF }

    public GateResult {
        reasons = List.copyOf(reasons);
        if ((status == Status.HELD) == reasons.isEmpty()) {
            throw new IllegalArgumentException("a run is held exactly when there are reasons");
        }
    }

    public static GateResult off(DataProfile profile) {
        return new GateResult(Status.OFF, List.of(), profile);
    }

    public static GateResult of(List<GateReason> reasons, DataProfile profile) {
        return new GateResult(reasons.isEmpty() ? Status.PASSED : Status.HELD, reasons, profile);
    }

    public boolean held() {
        return status == Status.HELD;
    }

    /** The reasons' messages, one per line. */
    public String messages() {
        return reasons.stream().map(GateReason::message).collect(Collectors.joining("\n"));
    }
}
