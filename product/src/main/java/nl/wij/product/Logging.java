package nl.wij.product;

/**
 * Log settings of the process. Bundles log through SLF4J to slf4j-simple on standard error. A
 * system property given on the command line (in {@code WIJ_JAVA_OPTS}) wins over these defaults.
 */
final class Logging {

    private Logging() {
    }

    /** @param server true for {@code wij run}; commands log only warnings and errors */
    static void configure(boolean server) {
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", server ? "info" : "warn");
        defaultProperty("org.slf4j.simpleLogger.showDateTime", "true");
        defaultProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        defaultProperty("org.slf4j.simpleLogger.showThreadName", "false");
        defaultProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        defaultProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        defaultProperty("org.slf4j.simpleLogger.log.org.apache.felix.http", server ? "warn" : "error");
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
