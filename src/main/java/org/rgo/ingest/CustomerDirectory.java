package org.rgo.ingest;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** The customers export: who is a loyalty member, and the segment columns it has (SPEC §1, §7). */
public record CustomerDirectory(Map<String, Integer> rowOf, BitSet loyal, Map<String, String[]> segments,
                                long rowCount, List<String> warnings) {

    /** Row of a customer id, or -1 when the customers file does not list it. */
    public int row(String customerId) {
        return rowOf.getOrDefault(customerId, -1);
    }

    public int size() {
        return rowOf.size();
    }
}
