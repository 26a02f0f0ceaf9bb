package org.rgo.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/** What to generate: sizes, seed, output folder, row order, and the as-of week the weeks end on. */
record GeneratorOptions(int customers, int weeks, int stores, int skus, long seed, Path out, boolean shuffle,
                        LocalDate lastWeek) {

    /** The sample export's as-of week, so generated sets line up with it. */
    static final LocalDate SAMPLE_AS_OF_WEEK = LocalDate.of(2025, 11, 22);

    GeneratorOptions {
        if (customers < 1 || weeks < 1 || stores < 1 || skus < 1) {
            throw new IllegalArgumentException("--customers, --weeks, --stores and --skus must be at least 1");
        }
        if ((long) customers * weeks > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many rows");
        }
    }

    LocalDate week(int index) {
        return lastWeek.minusWeeks(weeks - 1L - index);
    }
}
