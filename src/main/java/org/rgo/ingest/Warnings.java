package org.rgo.ingest;

import java.util.ArrayList;
import java.util.List;

/** Validation warnings (SPEC §2, §9): the first {@code maxListed} of each kind word for word, the rest counted. */
public final class Warnings {

    private final int maxListed;
    private final List<String> listed = new ArrayList<>();
    private long count;

    public Warnings(int maxListed) {
        this.maxListed = maxListed;
    }

    public void add(String warning) {
        count++;
        if (listed.size() < maxListed) {
            listed.add(warning);
        }
    }

    public long count() {
        return count;
    }

    /** The listed warnings, then one line counting the ones not listed. */
    public List<String> lines(String kindOfWarning) {
        List<String> lines = new ArrayList<>(listed);
        if (count > listed.size()) {
            lines.add("... and " + (count - listed.size()) + " more " + kindOfWarning);
        }
        return lines;
    }
}
