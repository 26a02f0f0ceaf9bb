package org.rgo.layers;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs a per-customer function over every customer on all cores. */
final class PerCustomer {

    private PerCustomer() {}

    static <T> T[] map(int customers, IntFunction<T> function, IntFunction<T[]> newArray) {
        T[] results = newArray.apply(customers);
        IntStream.range(0, customers).parallel().forEach(c -> results[c] = function.apply(c));
        return results;
    }
}
