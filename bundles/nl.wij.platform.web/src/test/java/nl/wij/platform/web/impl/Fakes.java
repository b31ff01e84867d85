package nl.wij.platform.web.impl;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.wij.platform.api.modules.BundleInfo;
import nl.wij.platform.api.modules.FeatureInfo;
import nl.wij.platform.api.modules.ModuleAdmin;
import nl.wij.platform.api.modules.ModuleException;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.AccountService;
import nl.wij.platform.api.security.IssuedToken;
import nl.wij.platform.api.security.LoginThrottledException;
import nl.wij.platform.api.security.Role;
import nl.wij.platform.api.security.Session;
import nl.wij.platform.api.security.SessionService;
import nl.wij.platform.api.security.TokenInfo;
import nl.wij.platform.api.security.TokenService;

/** Small in-memory implementations of the platform services for servlet tests. */
final class Fakes {

    static final Account BEHEERDER = new Account("beheerder", EnumSet.of(Role.BEHEERDER, Role.BELEIDSMEDEWERKER, Role.ANALIST));
    static final Account ANALIST = new Account("analist", Set.of(Role.ANALIST));

    private Fakes() {
    }

    static final class Sessions implements SessionService {
        final Map<String, Session> open = new HashMap<>();

        @Override
        public Session open(Account account) {
            Session session = new Session("sessie-" + UUID.randomUUID(), account, "csrf-" + UUID.randomUUID());
            open.put(session.id(), session);
            return session;
        }

        @Override
        public Optional<Session> find(String id) {
            return Optional.ofNullable(open.get(id));
        }

        @Override
        public void close(String id) {
            open.remove(id);
        }
    }

    static final class Tokens implements TokenService {
        final Map<String, Account> secrets = new HashMap<>();
        final List<TokenInfo> infos = new ArrayList<>();

        @Override
        public IssuedToken create(String accountName, String label) {
            if (!accountName.equals(BEHEERDER.name()) && !accountName.equals(ANALIST.name())) {
                throw new IllegalArgumentException("Gebruiker '" + accountName + "' bestaat niet.");
            }
            TokenInfo info = new TokenInfo("Id" + infos.size() + "xxxxx", accountName, label,
                    Instant.parse("2025-03-01T09:00:00Z"), null);
            infos.add(info);
            String secret = "wij_" + info.id() + "_geheim";
            secrets.put(secret, accountName.equals(BEHEERDER.name()) ? BEHEERDER : ANALIST);
            return new IssuedToken(info, secret);
        }

        @Override
        public Optional<Account> verify(String secret) {
            return Optional.ofNullable(secrets.get(secret));
        }

        @Override
        public List<TokenInfo> list() {
            return List.copyOf(infos);
        }

        @Override
        public boolean revoke(String id) {
            return infos.removeIf(info -> info.id().equals(id));
        }
    }

    static final class Accounts implements AccountService {
        final Map<String, Account> accounts = new HashMap<>(Map.of(BEHEERDER.name(), BEHEERDER, ANALIST.name(), ANALIST));
        final List<String> clients = new ArrayList<>();
        String password = "juist wachtwoord";
        long throttledFor;

        @Override
        public Optional<Account> authenticate(String name, char[] given, String client)
                throws LoginThrottledException {
            clients.add(client);
            if (throttledFor > 0) {
                throw new LoginThrottledException(throttledFor);
            }
            return password.equals(new String(given)) ? find(name) : Optional.empty();
        }

        @Override
        public Optional<Account> find(String name) {
            return Optional.ofNullable(accounts.get(name));
        }

        @Override
        public List<Account> list() {
            return accounts.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
        }

        @Override
        public Account create(String name, char[] given, Set<Role> roles) {
            if (given.length < 12) {
                throw new IllegalArgumentException("Het wachtwoord moet minstens 12 tekens lang zijn.");
            }
            Account account = new Account(name, roles);
            accounts.put(name, account);
            return account;
        }

        @Override
        public boolean delete(String name) {
            return accounts.remove(name) != null;
        }
    }

    static final class Modules implements ModuleAdmin {
        final List<BundleInfo> bundles = new ArrayList<>(List.of(
                new BundleInfo(0, "org.apache.felix.framework", "Felix", "7.0.5", "ACTIVE", null, true),
                new BundleInfo(12, "nl.wij.ihp.web", "IHP web", "1.0.0", "ACTIVE", "ihp", false)));
        String refusal;
        long uploadedBytes = -1;

        @Override
        public String profile() {
            return "volledig";
        }

        @Override
        public List<FeatureInfo> features() {
            return List.of(new FeatureInfo("ihp", "1.0.0", "IHP", "Integraal huisvestingsplan", List.of("workbench"),
                    List.of("nl.wij.ihp.web"), true, "ACTIEF"));
        }

        @Override
        public List<BundleInfo> bundles() {
            return List.copyOf(bundles);
        }

        @Override
        public BundleInfo start(long bundleId) throws ModuleException {
            return answer(bundleId, "ACTIVE");
        }

        @Override
        public BundleInfo stop(long bundleId) throws ModuleException {
            return answer(bundleId, "RESOLVED");
        }

        @Override
        public BundleInfo install(String fileName, InputStream content) throws ModuleException {
            try {
                uploadedBytes = content.readAllBytes().length;
            } catch (IOException e) {
                throw new ModuleException("Het bestand kon niet worden gelezen.", e);
            }
            if (refusal != null) {
                throw new ModuleException(refusal);
            }
            return new BundleInfo(40, fileName, fileName, "1.0.0", "ACTIVE", null, false);
        }

        @Override
        public void uninstall(long bundleId) throws ModuleException {
            answer(bundleId, "UNINSTALLED");
        }

        private BundleInfo answer(long id, String state) throws ModuleException {
            if (refusal != null) {
                throw new ModuleException(refusal);
            }
            BundleInfo b = bundles.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            return new BundleInfo(b.id(), b.symbolicName(), b.name(), b.version(), state, b.feature(), b.locked());
        }
    }
}
