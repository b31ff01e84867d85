package nl.wij.platform.security.impl;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.AccountService;
import nl.wij.platform.api.security.LoginThrottledException;
import nl.wij.platform.api.security.Role;

/**
 * Local accounts in {@code platform_account}, with PBKDF2 password hashes and login throttling.
 * <p>
 * Immediate, so that on the first start of an installation the {@code beheerder} account is
 * created (and a generated password logged) while the platform boots, not on the first login.
 */
@Component(service = AccountService.class, immediate = true)
@Designate(ocd = LocalAccountService.Config.class)
public final class LocalAccountService implements AccountService {

    @ObjectClassDefinition(name = "WIJ accounts", description = "Local accounts, password hashing and login throttling.")
    public @interface Config {
        @AttributeDefinition(name = "PBKDF2 iterations",
                description = "Work factor for new password hashes; never below 210000 (OWASP 2023). "
                        + "Existing hashes are upgraded at the next successful login.")
        int passwordIterations() default PasswordHasher.MIN_ITERATIONS;

        @AttributeDefinition(name = "Failures before lock",
                description = "Failed logins for one name or client address within the window before it is locked.")
        int throttleMaxFailures() default 5;

        @AttributeDefinition(name = "Window (minutes)", description = "Period in which failed logins are counted.")
        int throttleWindowMinutes() default 15;

        @AttributeDefinition(name = "First lock (seconds)",
                description = "Length of the first lock; each further failure doubles it.")
        int throttleFirstLockSeconds() default 60;

        @AttributeDefinition(name = "Longest lock (minutes)", description = "Upper limit of a lock.")
        int throttleMaxLockMinutes() default 15;
    }

    /** The initial beheerder's roles: all but {@link Role#UITVOERDER}, which is only ever given on purpose. */
    static final Set<Role> INITIAL_ROLES = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Role.UITVOERDER)));

    /** Framework property with the initial beheerder password; the launcher maps WIJ_ADMIN_PASSWORD to it. */
    static final String ADMIN_PASSWORD_PROPERTY = "wij.admin.password";
    static final String INITIAL_ACCOUNT = "beheerder";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LocalAccountService.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{2,64}");

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final List<AccountRemovalListener> removalListeners;

    @Activate
    public LocalAccountService(Config config, @Reference(name = "database") Database database,
            @Reference(name = "removalListeners", cardinality = ReferenceCardinality.MULTIPLE,
                    policyOption = ReferencePolicyOption.GREEDY)
            List<AccountRemovalListener> removalListeners,
            BundleContext context) {
        this(config, database, removalListeners, context.getProperty(ADMIN_PASSWORD_PROPERTY), Clock.systemUTC(),
                new SecureRandom(), null);
    }

    /**
     * @param adminPassword the password for the first beheerder, or {@code null} to generate one
     * @param passwordGenerator makes that password; {@code null} for the real generator
     */
    LocalAccountService(Config config, Database database, List<AccountRemovalListener> removalListeners,
            String adminPassword, Clock clock, SecureRandom random, Supplier<String> passwordGenerator) {
        this.store = new AccountStore(database);
        this.hasher = new PasswordHasher(config.passwordIterations(), random);
        this.throttle = new LoginThrottle(clock, config.throttleMaxFailures(),
                Duration.ofMinutes(config.throttleWindowMinutes()),
                Duration.ofSeconds(config.throttleFirstLockSeconds()),
                Duration.ofMinutes(config.throttleMaxLockMinutes()));
        this.clock = clock;
        this.removalListeners = List.copyOf(removalListeners);
        LOG.debug("Accounts: {} PBKDF2 iterations, lock after {} failures in {} min, first lock {} s, at most {} min",
                hasher.iterations(), config.throttleMaxFailures(), config.throttleWindowMinutes(),
                config.throttleFirstLockSeconds(), config.throttleMaxLockMinutes());
        try (Connection connection = database.connect()) {
            SecuritySchema.ensure(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not create the account tables", e);
        }
        createInitialAccount(adminPassword,
                passwordGenerator != null ? passwordGenerator : new PasswordGenerator(random));
    }

    @Override
    public Optional<Account> authenticate(String name, char[] password, String client)
            throws LoginThrottledException {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        String address = client == null ? "" : client;
        throttle.check(key, address);
        char[] given = password == null ? new char[0] : password;
        Optional<AccountStore.StoredAccount> stored = NAME.matcher(key).matches() ? store.find(key) : Optional.empty();
        // Unknown names cost one PBKDF2 derivation as well, so timing does not reveal which names exist.
        boolean valid = stored.isPresent()
                ? hasher.verify(given, stored.get().passwordHash())
                : hasher.verifyDecoy(given);
        if (!valid) {
            throttle.failed(key, address);
            LOG.info("Failed login for '{}' from {}", NAME.matcher(key).matches() ? key : "<invalid name>",
                    address);
            return Optional.empty();
        }
        throttle.succeeded(key);
        if (hasher.needsRehash(stored.get().passwordHash())) {
            store.updatePasswordHash(key, hasher.hash(given));
            LOG.info("Upgraded the password hash of '{}' to {} iterations", key, hasher.iterations());
        }
        return Optional.of(stored.get().account());
    }

    @Override
    public Optional<Account> find(String name) {
        return name != null && NAME.matcher(name).matches()
                ? store.find(name).map(AccountStore.StoredAccount::account)
                : Optional.empty();
    }

    @Override
    public List<Account> list() {
        return store.list();
    }

    @Override
    public Account create(String name, char[] password, Set<Role> roles) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Ongeldige gebruikersnaam '" + name + "': gebruik 2 tot 64 tekens, "
                    + "alleen kleine letters, cijfers, punt, liggend streepje en koppelteken.");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "Het wachtwoord moet minstens " + MIN_PASSWORD_LENGTH + " tekens lang zijn.");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "Het wachtwoord mag hoogstens " + MAX_PASSWORD_LENGTH + " tekens lang zijn.");
        }
        Set<Role> granted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            store.insert(name, hasher.hash(password), granted, clock.instant());
        } catch (AccountStore.DuplicateAccountException e) {
            throw new IllegalArgumentException("De gebruikersnaam '" + name + "' is al in gebruik.", e);
        }
        LOG.info("Account '{}' created with roles {}", name, AccountStore.roleIds(granted));
        return new Account(name, granted);
    }

    @Override
    public boolean delete(String name) {
        if (name == null || !NAME.matcher(name).matches() || !store.delete(name)) {
            return false;
        }
        LOG.info("Account '{}' deleted with its tokens", name);
        for (AccountRemovalListener listener : removalListeners) {
            listener.accountRemoved(name);
        }
        return true;
    }

    /**
     * On the first start (no accounts at all) creates {@code beheerder} with every role. The
     * password comes from {@value #ADMIN_PASSWORD_PROPERTY}; without one, or with one too short, a
     * generated password is logged once.
     */
    private void createInitialAccount(String configuredPassword, Supplier<String> generator) {
        boolean configured = configuredPassword != null && !configuredPassword.isEmpty();
        if (!store.isEmpty()) {
            if (configured) {
                LOG.debug("Accounts exist; {} is ignored", ADMIN_PASSWORD_PROPERTY);
            }
            return;
        }
        boolean usable = configured && configuredPassword.length() >= MIN_PASSWORD_LENGTH
                && configuredPassword.length() <= MAX_PASSWORD_LENGTH;
        if (configured && !usable) {
            LOG.error("WIJ_ADMIN_PASSWORD ({}) is niet gebruikt: het moet {} tot {} tekens lang zijn.",
                    ADMIN_PASSWORD_PROPERTY, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
        }
        String password = usable ? configuredPassword : generator.get();
        try {
            store.insert(INITIAL_ACCOUNT, hasher.hash(password.toCharArray()), INITIAL_ROLES,
                    clock.instant());
        } catch (AccountStore.DuplicateAccountException e) {
            LOG.debug("Account '{}' was created concurrently", INITIAL_ACCOUNT);
            return;
        }
        if (usable) {
            LOG.info("Eerste start: gebruiker '{}' aangemaakt met het wachtwoord uit WIJ_ADMIN_PASSWORD.",
                    INITIAL_ACCOUNT);
        } else {
            LOG.warn("Eerste start: gebruiker '{}' aangemaakt met wachtwoord: {} "
                    + "(wijzig of bewaar het; het wordt niet opnieuw getoond)", INITIAL_ACCOUNT, password);
        }
    }
}
