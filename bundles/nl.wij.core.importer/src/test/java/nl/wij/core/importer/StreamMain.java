package nl.wij.core.importer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Streams one file and prints what it read and the peak heap use; run in a separate JVM with a small
 * {@code -Xmx} by {@link LargeFileTest}. Exit code 0 = read, 2 = {@link ImportException}.
 */
public final class StreamMain {

    private StreamMain() {
    }

    public static void main(String[] args) {
        long[] records = {0};
        try {
            ImportSummary summary = DuoReaders.create().stream(Path.of(args[0]), ImportOptions.defaults(),
                    r -> records[0]++);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("records=" + summary.records() + " rows=" + summary.rows() + " delivered=" + records[0]
                    + " peakHeapMB=" + peak / (1024 * 1024));
        } catch (ImportException e) {
            System.out.println(e.getMessage());
            System.exit(2);
        }
    }
}
