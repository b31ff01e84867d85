package nl.wij.bench.harness;

import java.util.Arrays;
import java.util.List;

/**
 * The start-up times of one kind of run, in milliseconds: wall time (sorted) and the CPU time the
 * process had used by then (sorted), which varies less with other load on the machine.
 */
record Samples(long[] wall, long[] cpu) {

    static Samples of(List<Measurement> measurements) {
        return new Samples(measurements.stream().mapToLong(Measurement::wallMillis).sorted().toArray(),
                measurements.stream().mapToLong(Measurement::cpuMillis).sorted().toArray());
    }

    int count() {
        return wall.length;
    }

    double median() {
        return median(wall);
    }

    double cpuMedian() {
        return median(cpu);
    }

    /** Nearest-rank 90th percentile. */
    long p90() {
        return wall[Math.max(0, (int) Math.ceil(0.9 * wall.length) - 1)];
    }

    long min() {
        return wall[0];
    }

    long max() {
        return wall[wall.length - 1];
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    @Override
    public String toString() {
        return "wall " + Arrays.toString(wall) + " ms, cpu " + Arrays.toString(cpu) + " ms";
    }

    /** One start: wall time to the first 200, and user + system CPU time of the process at that moment. */
    record Measurement(long wallMillis, long cpuMillis) {
    }
}
