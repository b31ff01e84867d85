package nl.wij.bench.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;

/**
 * Wall time and CPU time of the calling thread for one measured step. Embedded Derby does its work
 * in the thread that calls JDBC, so the thread's CPU time covers parsing, the store and the
 * database, and, unlike wall time, hardly grows when other processes load the machine.
 */
record Timing(long wallNanos, long cpuNanos) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A step that may throw. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    static Timing of(Step step) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        step.run();
        return new Timing(System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    static Timing sum(Collection<Timing> timings) {
        return new Timing(timings.stream().mapToLong(Timing::wallNanos).sum(),
                timings.stream().mapToLong(Timing::cpuNanos).sum());
    }

    double wallMillis() {
        return wallNanos / 1e6;
    }

    double cpuMillis() {
        return cpuNanos / 1e6;
    }

    /** Median of each of wall and CPU time, taken separately. */
    static Timing median(List<Timing> timings) {
        return new Timing(median(timings.stream().mapToLong(Timing::wallNanos).sorted().toArray()),
                median(timings.stream().mapToLong(Timing::cpuNanos).sorted().toArray()));
    }

    /** Least of each of wall and CPU time, taken separately. */
    static Timing best(List<Timing> timings) {
        return new Timing(timings.stream().mapToLong(Timing::wallNanos).min().orElseThrow(),
                timings.stream().mapToLong(Timing::cpuNanos).min().orElseThrow());
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
