package org.rgo.layers;

import org.rgo.config.Settings;

/** Where SPEC §2's current, baseline and structural windows lie in a series of length n. */
record Windows(int current, int baseline, int structural) {

    static Windows of(Settings settings) {
        Settings.Windows w = settings.windows();
        return new Windows(w.current(), w.baseline(), w.structural());
    }

    int currentFrom(int n) {
        return Math.max(0, n - current);
    }

    /** Start of the baseline window: BW weeks before the current window, else all before it, else all. */
    int baselineFrom(int n) {
        return n >= current + baseline ? n - current - baseline : 0;
    }

    int baselineTo(int n) {
        return n > current ? n - current : n;
    }

    int structuralFrom(int n) {
        return Math.max(0, n - structural);
    }
}
