package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;
import nl.wij.testing.TestDatabase;

/** The first start of an installation: creating {@code beheerder}. */
class InitialAccountTest {

    private TestDatabase database;
    private final List<String> generated = new ArrayList<>();

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase();
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private LocalAccountService start(String adminPassword) {
        return new LocalAccountService(Configs.defaults(LocalAccountService.Config.class), database, List.of(),
                adminPassword, Clock.systemUTC(), new SecureRandom(), () -> {
                    String password = "gegenereerd-" + generated.size() + "-abcdefgh";
                    generated.add(password);
                    return password;
                });
    }

    @Test
    void beheerderGetsTheConfiguredPasswordAndAllRolesButUitvoerder() throws Exception {
        LocalAccountService accounts = start("geheim-van-de-installateur");
        Account beheerder = accounts.authenticate("beheerder", "geheim-van-de-installateur".toCharArray(), "c")
                .orElseThrow();
        assertEquals(EnumSet.of(Role.BEHEERDER, Role.BELEIDSMEDEWERKER, Role.ANALIST), beheerder.roles());
        assertEquals(List.of(), generated, "nothing generated when a password is configured");
    }

    @Test
    void beheerderGetsAGeneratedPasswordWithoutConfiguration() throws Exception {
        LocalAccountService accounts = start(null);
        assertEquals(1, generated.size());
        assertTrue(accounts.authenticate("beheerder", generated.get(0).toCharArray(), "c").isPresent());
        assertEquals(List.of("beheerder"), accounts.list().stream().map(Account::name).toList());
    }

    @Test
    void tooShortConfiguredPasswordIsReplacedByAGeneratedOne() throws Exception {
        LocalAccountService accounts = start("kort");
        assertEquals(1, generated.size());
        assertTrue(accounts.authenticate("beheerder", generated.get(0).toCharArray(), "c").isPresent());
        assertTrue(accounts.authenticate("beheerder", "kort".toCharArray(), "c").isEmpty());
    }

    @Test
    void laterStartsLeaveExistingAccountsAlone() throws Exception {
        start("eerste-wachtwoord-123");
        LocalAccountService again = start("tweede-wachtwoord-456");
        assertTrue(again.authenticate("beheerder", "eerste-wachtwoord-123".toCharArray(), "c").isPresent());
        assertTrue(again.authenticate("beheerder", "tweede-wachtwoord-456".toCharArray(), "c").isEmpty());
        assertEquals(List.of(), generated);

        again.delete("beheerder");
        again.create("jan", "nog een wachtwoord".toCharArray(), Set.of());
        start(null);
        assertEquals(List.of(), generated, "an installation with any account is not new");
    }

    @Test
    void activateConstructorReadsTheFrameworkProperty() throws Exception {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty")) {
                        return Map.of("wij.admin.password", "uit-de-omgeving-42").get(args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        LocalAccountService accounts = new LocalAccountService(Configs.defaults(LocalAccountService.Config.class),
                database, List.of(), context);
        assertTrue(accounts.authenticate("beheerder", "uit-de-omgeving-42".toCharArray(), "c").isPresent());
    }

    @Test
    void generatedPasswordsAreLongRandomAndUnambiguous() {
        PasswordGenerator generator = new PasswordGenerator(new SecureRandom());
        String first = generator.get();
        assertEquals(20, first.length());
        assertTrue(first.chars().allMatch(c -> PasswordGenerator.ALPHABET.indexOf(c) >= 0), first);
        assertTrue(first.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), first);
        assertNotEquals(first, generator.get());
    }
}
