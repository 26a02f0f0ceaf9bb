package org.rgo.generate;

/**
 * Stateless pseudo-random numbers: every value is a hash of (seed, keys), so any row of the data
 * set can be computed on its own, in any order, without keeping state between rows.
 */
final class Mix {

    private Mix() {}

    /** SplitMix64's finaliser: a bijective, well-mixed 64-bit hash. */
    static long hash(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    static long hash(long seed, long a, long b, long salt) {
        return hash(hash(hash(seed ^ salt) + a) + b);
    }

    /** Uniform in [0, 1). */
    static double unit(long seed, long a, long b, long salt) {
        return (hash(seed, a, b, salt) >>> 11) * 0x1.0p-53;
    }

    /** Uniform whole number in [0, bound). */
    static int below(long seed, long a, long b, long salt, int bound) {
        return (int) (unit(seed, a, b, salt) * bound);
    }

    /** Triangular noise in (-1, 1), centred on 0. */
    static double noise(long seed, long a, long b, long salt) {
        return unit(seed, a, b, salt) + unit(seed, a, b, salt + 0x5bd1e995L) - 1.0;
    }
}
