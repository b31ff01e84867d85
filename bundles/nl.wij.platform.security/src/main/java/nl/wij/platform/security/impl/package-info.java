/**
 * Implementation of the platform's security services: local accounts with PBKDF2 password hashes,
 * in-memory browser sessions, bearer tokens and login throttling. Accounts and tokens live in the
 * platform database (tables {@code platform_account} and {@code platform_token}).
 * <p>
 * <b>Command line.</b> {@link nl.wij.platform.security.impl.TokenCreateCommand} registers a
 * {@code java.util.function.Function} service with the property {@code wij.command=token.create}.
 * The launcher's {@code wij token create --user NAME [--label TEXT]} looks the service up by that
 * property and calls {@code apply(List<String> arguments)}; the returned text (the secret and one
 * Dutch explanation line) is printed, an {@link IllegalArgumentException} carries a Dutch usage or
 * error message.
 * <p>
 * This package is private to the bundle; other bundles only see the services of
 * {@code nl.wij.platform.api.security}.
 */
package nl.wij.platform.security.impl;
