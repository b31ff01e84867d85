package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.IssuedToken;
import nl.wij.platform.api.security.TokenInfo;
import nl.wij.platform.api.security.TokenService;

class TokenCreateCommandTest {

    private final List<String> calls = new ArrayList<>();
    private final TokenCreateCommand command = new TokenCreateCommand(new TokenService() {
        @Override
        public IssuedToken create(String accountName, String label) {
            calls.add(accountName + "|" + label);
            if (accountName.equals("onbekend")) {
                throw new IllegalArgumentException("Gebruiker 'onbekend' bestaat niet.");
            }
            return new IssuedToken(new TokenInfo("AbCdEfGh", accountName, label, Instant.EPOCH, null),
                    "wij_AbCdEfGh_geheim");
        }

        @Override
        public Optional<Account> verify(String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TokenInfo> list() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revoke(String id) {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    void printsTheSecretFirstAndExplainsInDutch() {
        String output = command.apply(List.of("--user", "beheerder", "--label", "power bi"));
        String[] lines = output.split("\\R");
        assertEquals(2, lines.length);
        assertEquals("wij_AbCdEfGh_geheim", lines[0]);
        assertTrue(lines[1].contains("niet opnieuw getoond"), lines[1]);
        assertEquals(List.of("beheerder|power bi"), calls);
    }

    @Test
    void acceptsEqualsFormAndDefaultsTheLabel() {
        command.apply(List.of("--user=jan"));
        assertEquals(List.of("jan|" + TokenCreateCommand.DEFAULT_LABEL), calls);
    }

    @Test
    void badArgumentsGiveTheUsage() {
        for (List<String> arguments : List.of(List.<String>of(), List.of("--label", "x"), List.of("--user"),
                List.of("--user", "jan", "--verbose", "ja"), List.of("jan"))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> command.apply(arguments), arguments.toString());
            assertTrue(refused.getMessage().endsWith(TokenCreateCommand.USAGE), refused.getMessage());
        }
        assertEquals(List.of(), calls);
    }

    @Test
    void unknownUserIsReportedByTheService() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> command.apply(List.of("--user", "onbekend")));
        assertEquals("Gebruiker 'onbekend' bestaat niet.", refused.getMessage());
    }
}
