package org.rgo.generate;

/**
 * A seeded bijection of [0, n): a 4-round Feistel network on the smallest even number of bits
 * that covers n, with cycle walking for values at or above n. It shuffles any number of rows
 * with no memory at all: row i of the output is input row {@code at(i)}.
 */
final class KeyedPermutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final long seed;
    private final int halfBits;
    private final long halfMask;

    KeyedPermutation(long size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a permutation needs at least one element");
        }
        this.size = size;
        this.seed = seed;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
    }

    long at(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        long x = index;
        do {
            x = encrypt(x);
        } while (x >= size);
        return x;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ (Mix.hash(seed, round, right, 0x7E1571A1L) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
