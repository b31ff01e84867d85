package nl.wij.bench.harness;

/** A run that could not be measured: a process that failed to start or never answered. */
final class BenchmarkException extends Exception {

    private static final long serialVersionUID = 1L;

    BenchmarkException(String message) {
        super(message);
    }
}
