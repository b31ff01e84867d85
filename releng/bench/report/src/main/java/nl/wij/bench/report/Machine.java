package nl.wij.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a benchmark runs on: cores, CPU model, operating system, and the load average, whose
 * highest 1-minute value seen so far is kept (other work on the machine skews every wall time).
 */
public final class Machine {

    private double peakLoad;

    /** {@code nproc}: the processors this JVM may use. */
    public int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The model name from {@code /proc/cpuinfo}. */
    public String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    public String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, e.g. {@code 2.46 2.54 3.97}. */
    public String loadAverage() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            String[] fields = Files.readString(loadavg).trim().split("\\s+");
            peakLoad = Math.max(peakLoad, Double.parseDouble(fields[0]));
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The highest 1-minute load average read so far. */
    public double peakLoad() {
        return peakLoad;
    }

    /**
     * A caution paragraph when the 1-minute load went above the cores plus the {@code own} cores the
     * harness itself keeps busy, else the empty string.
     */
    public String caution(int own) {
        if (peakLoad <= processors() + own) {
            return "";
        }
        return String.format(Locale.ROOT, "**Caution:** other work kept the machine busy during this run"
                + " (1-minute load up to %.1f on %d cores, of which the harness itself accounts for about %d),"
                + " which lengthens every wall time; the ratios and the CPU column suffer less. Rerun on an idle"
                + " machine for absolute numbers.%n%n", peakLoad, processors(), own);
    }
}
