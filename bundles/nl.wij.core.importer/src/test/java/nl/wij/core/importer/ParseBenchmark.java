package nl.wij.core.importer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: the performance note. Parses all po and vo vestigingen and both count files, ten rounds,
 * and prints each round's wall-clock and CPU time (CPU time is the fair number on a busy machine); the
 * first rounds include class loading and JIT warm-up.
 * <pre>
 * mvn -q install -f bundles/nl.wij.core.importer/pom.xml
 * java -cp bundles/nl.wij.core.importer/target/classes:bundles/nl.wij.core.importer/target/test-classes \
 *     nl.wij.core.importer.ParseBenchmark ../shared/data
 * </pre>
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws ImportException {
        Path duo = Path.of(args.length > 0 ? args[0] : "../shared/data", "duo");
        List<Path> files = List.of(duo.resolve(SharedData.BO), duo.resolve(SharedData.VO),
                duo.resolve(SharedData.PO_COUNTS), duo.resolve(SharedData.VO_COUNTS));
        DuoReader reader = DuoReaders.create();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 10; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long records = 0;
            for (Path file : files) {
                records += reader.read(file, ImportOptions.defaults()).records().size();
            }
            System.out.printf("round %2d: %,d records from 4 files in %d ms (%d ms CPU)%n", round, records,
                    (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        }
    }
}
