package stageflow.bench;

import java.util.Arrays;

/** Nanosecond samples and their median; the harness reports medians, which one slow GC pause does not move. */
final class Timing {
    private final long[] samples;
    private int size;

    Timing(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[size++] = nanos;
    }

    /** Times {@code op} once and records it. */
    void time(Runnable op) {
        long start = System.nanoTime();
        op.run();
        add(System.nanoTime() - start);
    }

    double medianMicros() {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        return sorted[size / 2] / 1000.0;
    }

    static double medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
