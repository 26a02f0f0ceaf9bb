package org.rgo.layers;

import org.rgo.config.Settings;
import org.rgo.ingest.Dataset;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** A run's inputs: the rules, the joined exports, and the model every customer is evaluated against. */
public record AnalysisInput(Settings settings, Dataset data, Model model) {

    public static AnalysisInput of(Settings settings, Dataset data) {
        return new AnalysisInput(settings, data, Model.of(settings, data));
    }

    /** The run's customers in ranges of {@code size}, each to become a chunk for the per-customer layers. */
    public Iterator<CustomerRange> ranges(int size) {
        int customers = data.sales().customerCount();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < customers;
            }

            @Override
            public CustomerRange next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int from = next;
                next = Math.min(customers, from + size);
                return new CustomerRange(AnalysisInput.this, from, next);
            }
        };
    }

    /** Customers [from, to) of a run's sales table. */
    public record CustomerRange(AnalysisInput input, int from, int to) {}
}
