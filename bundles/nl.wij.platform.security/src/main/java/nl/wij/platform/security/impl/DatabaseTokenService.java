package nl.wij.platform.security.impl;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.IssuedToken;
import nl.wij.platform.api.security.TokenInfo;
import nl.wij.platform.api.security.TokenService;

/**
 * Bearer tokens in {@code platform_token}; only the SHA-256 of each secret is stored. Tokens of a
 * deleted account disappear with it (foreign key with ON DELETE CASCADE).
 */
@Component(service = TokenService.class)
public final class DatabaseTokenService implements TokenService {

    static final int MAX_LABEL_LENGTH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTokenService.class);
    private static final int ID_ATTEMPTS = 3;

    private final Database database;
    private final Clock clock;
    private final RandomIds ids;

    @Activate
    public DatabaseTokenService(@Reference(name = "database") Database database) {
        this(database, Clock.systemUTC());
    }

    DatabaseTokenService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.ids = new RandomIds(new SecureRandom());
        try (Connection connection = database.connect()) {
            SecuritySchema.ensure(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not create the token tables", e);
        }
    }

    @Override
    public IssuedToken create(String accountName, String label) {
        if (accountName == null || accountName.isBlank()) {
            throw new IllegalArgumentException("Geef de gebruiker op voor wie het token is.");
        }
        String text = label == null ? "" : label.strip();
        if (text.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException(
                    "De omschrijving van een token mag hoogstens " + MAX_LABEL_LENGTH + " tekens lang zijn.");
        }
        String sql = "INSERT INTO platform_token (id, secret_hash, account, label, created) VALUES (?, ?, ?, ?, ?)";
        Instant created = clock.instant();
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int attempt = 1;; attempt++) {
                TokenSecret secret = TokenSecret.generate(ids);
                insert.setString(1, secret.id());
                insert.setString(2, secret.hash());
                insert.setString(3, accountName);
                insert.setString(4, text);
                insert.setTimestamp(5, SecuritySchema.timestamp(created), SecuritySchema.utc());
                try {
                    insert.executeUpdate();
                    LOG.info("Token {} created for '{}'", secret.id(), accountName);
                    return new IssuedToken(new TokenInfo(secret.id(), accountName, text, created, null),
                            secret.value());
                } catch (SQLException e) {
                    if (SecuritySchema.FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                        throw new IllegalArgumentException("Gebruiker '" + accountName + "' bestaat niet.", e);
                    }
                    if (!SecuritySchema.DUPLICATE_KEY.equals(e.getSQLState()) || attempt == ID_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not create a token for " + accountName, e);
        }
    }

    @Override
    public Optional<Account> verify(String presented) {
        Optional<TokenSecret> parsed = TokenSecret.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        TokenSecret secret = parsed.get();
        String sql = "SELECT t.secret_hash, a.name, a.roles FROM platform_token t"
                + " JOIN platform_account a ON a.name = t.account WHERE t.id = ?";
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, secret.id());
            Account account;
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !secret.matches(row.getString("secret_hash"))) {
                    return Optional.empty();
                }
                account = AccountStore.account(row);
            }
            try (PreparedStatement touch = connection
                    .prepareStatement("UPDATE platform_token SET last_used = ? WHERE id = ?")) {
                touch.setTimestamp(1, SecuritySchema.timestamp(clock.instant()), SecuritySchema.utc());
                touch.setString(2, secret.id());
                touch.executeUpdate();
            }
            return Optional.of(account);
        } catch (SQLException e) {
            throw new StoreException("Could not verify token " + secret.id(), e);
        }
    }

    @Override
    public List<TokenInfo> list() {
        String sql = "SELECT id, account, label, created, last_used FROM platform_token ORDER BY created, id";
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            List<TokenInfo> tokens = new ArrayList<>();
            while (row.next()) {
                tokens.add(new TokenInfo(row.getString("id"), row.getString("account"), row.getString("label"),
                        SecuritySchema.instant(row, "created"), SecuritySchema.instant(row, "last_used")));
            }
            return tokens;
        } catch (SQLException e) {
            throw new StoreException("Could not list tokens", e);
        }
    }

    @Override
    public boolean revoke(String id) {
        if (id == null) {
            return false;
        }
        try (Connection connection = database.connect();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM platform_token WHERE id = ?")) {
            delete.setString(1, id);
            boolean existed = delete.executeUpdate() > 0;
            if (existed) {
                LOG.info("Token {} revoked", id);
            }
            return existed;
        } catch (SQLException e) {
            throw new StoreException("Could not revoke token " + id, e);
        }
    }
}
