package nl.wij.product;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code wij} command: runs the workbench, verifies a profile, or runs a one-off command in
 * the product (such as creating an API token). Errors are one Dutch line on standard error and a
 * non-zero exit code, never a stack trace.
 */
public final class Main {

    /** Exit code for wrong use of the command line. */
    static final int USAGE = 2;
    /** Exit code for a product that cannot start or a command that failed. */
    static final int FAILED = 1;

    private static final long SERVICE_TIMEOUT_MS = 30_000;
    /** Kilobytes of memory Derby's optimizer may plan for one hash table (its default is 1024). */
    private static final String DERBY_HASH_MEMORY = "derby.language.maxMemoryPerTable";
    /** SQL authorization (see nl.wij.platform.derby), in effect from the first boot of a new database. */
    private static final String DERBY_SQL_AUTHORIZATION = "derby.database.sqlAuthorization";

    private final Path home;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    Main(Path home, Map<String, String> env, PrintStream out, PrintStream err) {
        this.home = home;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Logging.configure(args.length > 0 && args[0].equals("run"));
        Main main = new Main(home(), System.getenv(), System.out, System.err);
        System.exit(main.run(Arrays.asList(args)));
    }

    /** The WIJ home: {@code wij.home} if set, else the directory above the launcher's {@code lib/}. */
    private static Path home() {
        String property = System.getProperty("wij.home");
        if (property != null) {
            return Path.of(property).toAbsolutePath();
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the WIJ home directory", e);
        }
    }

    int run(List<String> args) {
        String command = args.isEmpty() ? "help" : args.get(0);
        try {
            Options options = Options.parse(args.subList(Math.min(1, args.size()), args.size()), env);
            return switch (command) {
                case "run" -> runWorkbench(noRest(options));
                case "verify" -> verify(noRest(options));
                case "token" -> token(options);
                case "import" -> importFile(options);
                case "help", "--help", "-h" -> {
                    out.print(Options.USAGE);
                    yield 0;
                }
                default -> throw new Options.UsageException("Onbekende opdracht '" + command + "'; zie 'wij help'");
            };
        } catch (Options.UsageException e) {
            err.println("wij: " + e.getMessage());
            return USAGE;
        } catch (LaunchException e) {
            err.println("wij: " + e.getMessage());
            return FAILED;
        }
    }

    private static Options noRest(Options options) throws Options.UsageException {
        if (!options.rest().isEmpty()) {
            throw new Options.UsageException("Onbekende optie '" + options.rest().get(0) + "'; zie 'wij help'");
        }
        return options;
    }

    /**
     * Engine-wide Derby settings, read when the Derby bundle starts: its home (derby.log,
     * derby.properties) and the memory the optimizer may plan for one hash table, 256 MB (a hash
     * join holds the actual rows, far less; the plan estimate counts every VARCHAR(1000) at full
     * width). With Derby's default (1 MB) it joins a view over a national table with a nested loop
     * that scans the view for every row: an analyst's JOIN of two published views took minutes
     * instead of about a second. And SQL authorization: the platform records it in the database, but
     * that takes effect only at the database's next boot; as a system property it is in effect from
     * the first, and a new database need not be booted twice.
     */
    private static void derbySettings(Options options) {
        System.setProperty("derby.system.home", options.data().toString());
        if (System.getProperty(DERBY_HASH_MEMORY) == null) {
            System.setProperty(DERBY_HASH_MEMORY, "262144");
        }
        System.setProperty(DERBY_SQL_AUTHORIZATION, "true");
    }

    private int runWorkbench(Options options) throws LaunchException {
        derbySettings(options);
        Launcher launcher = Launcher.start(home, options, true, err);
        Thread stopper = new Thread(launcher::close, "wij-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        if (launcher.awaitService("org.osgi.service.servlet.runtime.HttpServiceRuntime", null, SERVICE_TIMEOUT_MS) == null) {
            err.println("wij: de webserver is niet binnen 30 seconden gestart; zie de meldingen hierboven");
        }
        out.println("WIJ draait op http://" + options.host() + ":" + options.port() + "/ (profiel "
                + launcher.plan().profile().name() + ", gegevens in " + options.data() + "); stoppen met Ctrl-C");
        try {
            launcher.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int verify(Options options) throws LaunchException {
        derbySettings(options);
        try (Launcher launcher = Launcher.start(home, options, false, err)) {
            out.println("Profiel '" + launcher.plan().profile().name() + "' is in orde: "
                    + launcher.plan().bundles().size() + " bundles uit features "
                    + launcher.plan().features().stream().map(f -> f.id()).toList() + " lossen op en starten");
        }
        return 0;
    }

    /** {@code wij token create --user NAME [--label TEXT]}, answered by the security bundle's command service. */
    private int token(Options options) throws LaunchException, Options.UsageException {
        List<String> rest = options.rest();
        if (rest.isEmpty() || !rest.get(0).equals("create")) {
            throw new Options.UsageException("Gebruik: wij token create --user NAAM [--label TEKST]");
        }
        return runCommand(options, "token.create", rest.subList(1, rest.size()));
    }

    /**
     * {@code wij import FILE [--kind KIND] [--peildatum YYYY-MM-DD]} and {@code wij import --help}, answered
     * by the import bundle's command service; the file is resolved against the current directory here.
     */
    private int importFile(Options options) throws LaunchException, Options.UsageException {
        List<String> rest = options.rest();
        if (rest.equals(List.of("--help")) || rest.equals(List.of("-h"))) {
            return runCommand(options, "import", rest); // the usage with the kinds of the importers in the profile
        }
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new Options.UsageException("Gebruik: wij import BESTAND [--kind SOORT] [--peildatum JJJJ-MM-DD];"
                    + " 'wij import --help' noemt de soorten");
        }
        List<String> arguments = new ArrayList<>(rest);
        arguments.set(0, Path.of(rest.get(0)).toAbsolutePath().normalize().toString());
        return runCommand(options, "import", arguments);
    }

    /**
     * Runs a command service. Its answer is printed on standard output (exit 0); an
     * {@link IllegalArgumentException} is wrong use (exit 2) and an {@link IllegalStateException} a
     * command that ran and failed, e.g. a refused import (exit 1); both print their message only.
     */
    private int runCommand(Options options, String name, List<String> arguments) throws LaunchException {
        derbySettings(options);
        try (Launcher launcher = Launcher.start(home, options, false, err)) {
            Object service = launcher.awaitService(Function.class.getName(), "(wij.command=" + name + ")",
                    SERVICE_TIMEOUT_MS);
            if (service == null) {
                throw new LaunchException("De opdracht '" + name + "' is niet beschikbaar in profiel '"
                        + options.profile() + "'");
            }
            @SuppressWarnings("unchecked")
            Function<List<String>, String> command = (Function<List<String>, String>) service;
            try {
                out.println(command.apply(arguments));
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("wij: " + e.getMessage());
                return USAGE;
            } catch (IllegalStateException e) {
                err.println("wij: " + e.getMessage());
                return FAILED;
            }
        }
    }
}
