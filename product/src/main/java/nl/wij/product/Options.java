package nl.wij.product;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings of one launcher invocation. Each can be given as a flag or as an environment
 * variable; a flag wins.
 *
 * @param port HTTP port ({@code --port}, {@code WIJ_PORT}, default 8080)
 * @param host address to listen on ({@code --host}, {@code WIJ_HOST}, default 127.0.0.1)
 * @param data data directory ({@code --data}, {@code WIJ_DATA}, default {@code ./wij-data})
 * @param profile profile name ({@code --profile}, {@code WIJ_PROFILE}, default {@code volledig})
 * @param rest the arguments that are not launcher options (e.g. {@code --user} of a command)
 * @param adminPassword the first-start password of {@code beheerder} ({@code WIJ_ADMIN_PASSWORD}), or null
 */
record Options(int port, String host, Path data, String profile, List<String> rest, String adminPassword) {

    static final String USAGE = """
            Gebruik: wij <opdracht> [opties]

            Opdrachten:
              run                         start de werkbank
              verify                      controleer of alle bundles van het profiel oplossen, en stop
              token create --user NAAM [--label TEKST]
                                          maak een API-token voor een gebruiker (toont het geheim eenmaal)
              import BESTAND [--kind SOORT] [--peildatum JJJJ-MM-DD]
                                          lees een bestand in (DUO, of een soort van een module);
                                          alles of niets. 'wij import --help' noemt de soorten
              help                        toon deze hulp

            Opties (ook als omgevingsvariabele):
              --port POORT     WIJ_PORT     HTTP-poort (standaard 8080)
              --host ADRES     WIJ_HOST     adres om op te luisteren (standaard 127.0.0.1; 0.0.0.0 voor het netwerk)
              --data MAP       WIJ_DATA     gegevensmap met database en modules (standaard ./wij-data)
              --profile NAAM   WIJ_PROFILE  profiel uit profiles/ (standaard volledig)

            Verder: WIJ_ADMIN_PASSWORD  wachtwoord van 'beheerder' bij de eerste start
            """;

    /** Reads flags from {@code args} and defaults from {@code env}. */
    static Options parse(List<String> args, Map<String, String> env) throws UsageException {
        String port = env.getOrDefault("WIJ_PORT", "8080");
        String host = env.getOrDefault("WIJ_HOST", "127.0.0.1");
        String data = env.getOrDefault("WIJ_DATA", "wij-data");
        String profile = env.getOrDefault("WIJ_PROFILE", "volledig");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--port", "--host", "--data", "--profile").contains(flag)) {
                rest.add(arg);
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("Optie " + flag + " mist een waarde");
            }
            switch (flag) {
                case "--port" -> port = value;
                case "--host" -> host = value;
                case "--data" -> data = value;
                default -> profile = value;
            }
        }
        String adminPassword = env.get("WIJ_ADMIN_PASSWORD");
        return new Options(port(port), host, Path.of(data).toAbsolutePath().normalize(), profile, List.copyOf(rest),
                adminPassword == null || adminPassword.isEmpty() ? null : adminPassword);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "Options[port=" + port + ", host=" + host + ", data=" + data + ", profile=" + profile + ", rest=" + rest
                + "]";
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("Ongeldige poort '" + value + "': kies een getal van 1 tot en met 65535");
    }

    /** Wrong use of the command line; the message is one Dutch line. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
