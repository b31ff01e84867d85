package nl.wij.platform.security.impl;

import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.platform.api.command.WijCommand;
import nl.wij.platform.api.security.IssuedToken;
import nl.wij.platform.api.security.TokenService;

/**
 * The launcher command {@code wij token create --user NAME [--label TEXT]}.
 * <p>
 * Registered as a {@code java.util.function.Function} service with the property
 * {@code wij.command=token.create}. The launcher finds it with the filter
 * {@code (&(objectClass=java.util.function.Function)(wij.command=token.create))} and calls
 * {@code apply(List<String>)} with the arguments after {@code token create}, e.g.
 * {@code ["--user", "beheerder", "--label", "power bi"]}. The result is the text to print: the
 * secret on the first line, one Dutch line of explanation on the second. Wrong arguments or an
 * unknown user raise {@link IllegalArgumentException} with a Dutch message to print instead.
 * Both {@code --user NAME} and {@code --user=NAME} are accepted.
 */
@Component(service = Function.class)
@WijCommand("token.create")
public final class TokenCreateCommand implements Function<List<String>, String> {

    static final String USAGE = "Gebruik: wij token create --user NAAM [--label OMSCHRIJVING]";
    static final String DEFAULT_LABEL = "aangemaakt via de opdrachtregel";

    private final TokenService tokens;

    @Activate
    public TokenCreateCommand(@Reference(name = "tokens") TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public String apply(List<String> arguments) {
        String user = null;
        String label = null;
        List<String> args = arguments == null ? List.of() : arguments;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i) == null ? "" : args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("Optie '" + arg + "' mist een waarde. " + USAGE);
            }
            switch (option) {
                case "--user" -> user = value;
                case "--label" -> label = value;
                default -> throw new IllegalArgumentException("Onbekende optie '" + arg + "'. " + USAGE);
            }
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Geef de gebruiker op met --user. " + USAGE);
        }
        IssuedToken issued = tokens.create(user.strip(), label == null ? DEFAULT_LABEL : label);
        return issued.secret() + System.lineSeparator()
                + "Token " + issued.info().id() + " voor gebruiker '" + issued.info().account()
                + "' is aangemaakt. Bewaar het geheim hierboven nu: het wordt niet opnieuw getoond. "
                + "Gebruik het als HTTP-header 'Authorization: Bearer <token>'.";
    }
}
