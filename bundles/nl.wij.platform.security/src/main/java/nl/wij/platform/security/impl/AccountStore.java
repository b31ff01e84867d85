package nl.wij.platform.security.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

/** Rows of {@code platform_account}. Roles are stored as comma-separated role ids. */
final class AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStore.class);

    /** An account with its password hash, never handed out of this package. */
    record StoredAccount(Account account, String passwordHash) {
    }

    /** The name is taken. */
    static final class DuplicateAccountException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Database database;

    AccountStore(Database database) {
        this.database = database;
    }

    void insert(String name, String passwordHash, Set<Role> roles, Instant created) throws DuplicateAccountException {
        String sql = "INSERT INTO platform_account (name, password_hash, roles, created) VALUES (?, ?, ?, ?)";
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, name);
            insert.setString(2, passwordHash);
            insert.setString(3, roleIds(roles));
            insert.setTimestamp(4, SecuritySchema.timestamp(created), SecuritySchema.utc());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SecuritySchema.DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new DuplicateAccountException();
            }
            throw new StoreException("Could not create account " + name, e);
        }
    }

    Optional<StoredAccount> find(String name) {
        String sql = "SELECT name, password_hash, roles FROM platform_account WHERE name = ?";
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredAccount(account(row), row.getString("password_hash")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read account " + name, e);
        }
    }

    List<Account> list() {
        String sql = "SELECT name, roles FROM platform_account ORDER BY name";
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            List<Account> accounts = new ArrayList<>();
            while (row.next()) {
                accounts.add(account(row));
            }
            return accounts;
        } catch (SQLException e) {
            throw new StoreException("Could not list accounts", e);
        }
    }

    boolean isEmpty() {
        String sql = "SELECT COUNT(*) FROM platform_account";
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            return row.next() && row.getLong(1) == 0;
        } catch (SQLException e) {
            throw new StoreException("Could not count accounts", e);
        }
    }

    void updatePasswordHash(String name, String passwordHash) {
        String sql = "UPDATE platform_account SET password_hash = ? WHERE name = ?";
        try (Connection connection = database.connect();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, passwordHash);
            update.setString(2, name);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not update the password of " + name, e);
        }
    }

    /** Deletes the account; its tokens go with it (ON DELETE CASCADE). */
    boolean delete(String name) {
        String sql = "DELETE FROM platform_account WHERE name = ?";
        try (Connection connection = database.connect();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("Could not delete account " + name, e);
        }
    }

    /** Reads {@code name} and {@code roles} of the current row. */
    static Account account(ResultSet row) throws SQLException {
        return new Account(row.getString("name"), roles(row.getString("roles")));
    }

    static String roleIds(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }

    static Set<Role> roles(String ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (ids == null || ids.isBlank()) {
            return roles;
        }
        Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(id -> Role.fromId(id)
                .ifPresentOrElse(roles::add, () -> LOG.warn("Ignoring unknown role '{}' stored for an account", id)));
        return roles;
    }
}
