package nl.wij.platform.security.impl;

/**
 * Told when an account was deleted, so state kept outside the database (sessions) goes with it.
 * A service type private to this bundle: the package is not exported.
 */
public interface AccountRemovalListener {

    void accountRemoved(String name);
}
