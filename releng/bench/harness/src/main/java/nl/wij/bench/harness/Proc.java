package nl.wij.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux tells about a process in {@code /proc/<pid>}: resident memory, CPU time, and the name
 * of the program the pid runs ({@code comm}), to show that it is the JVM and not a wrapper script.
 */
final class Proc {

    /** USER_HZ: the unit of the CPU times in {@code /proc/<pid>/stat}; 100 on every common Linux. */
    private static final long TICKS_PER_SECOND = 100;

    private Proc() {
    }

    /** User plus system CPU time of all threads of the process so far, in milliseconds. */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(dir(pid).resolve("stat"));
        // Fields after the command name "(...)": state is field 3, utime field 14, stime field 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000 / TICKS_PER_SECOND;
    }

    static Memory memory(long pid) throws IOException, BenchmarkException {
        String program = Files.readString(dir(pid).resolve("comm")).trim();
        if (!program.equals("java")) {
            throw new BenchmarkException("pid " + pid + " runs '" + program + "', not java: its RSS is not the JVM's");
        }
        long rss = -1;
        long peak = -1;
        for (String line : Files.readAllLines(dir(pid).resolve("status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return new Memory(rss, peak);
    }

    private static Path dir(long pid) {
        return Path.of("/proc", Long.toString(pid));
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** Resident set size now and at its peak (VmHWM), in kB. */
    record Memory(long rssKb, long peakKb) {

        double rssMiB() {
            return rssKb / 1024.0;
        }

        double peakMiB() {
            return peakKb / 1024.0;
        }
    }
}
