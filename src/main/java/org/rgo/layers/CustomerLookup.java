package org.rgo.layers;

import java.util.Collection;
import java.util.Map;

/**
 * Where named customers stand in a run's data (SPEC §3–6 at the as-of week), for the follow-up of
 * an earlier run's priorities. Behind an interface so that an engine holding the data elsewhere
 * (a cluster) can answer it with the same kernel.
 */
public interface CustomerLookup {

    /** The customers among {@code customerIds} that have sales in the run's data, by id; others are left out. */
    Map<String, Current> find(Collection<String> customerIds);

    /** A customer this week: {@code rootCause} is null when it is not at risk (then gap and REI are 0). */
    record Current(String customerId, boolean atRisk, double gapAmount, double exposureIndex, RootCause rootCause) {}
}
