package nl.wij.core.importer;

import nl.wij.core.importer.impl.DuoFileReader;

/** Creates a {@link DuoReader} outside an OSGi framework (command line, tests, benchmarks). */
public final class DuoReaders {

    private DuoReaders() {
    }

    /** A new reader; it holds no state between files and is safe to share between threads. */
    public static DuoReader create() {
        return new DuoFileReader();
    }
}
