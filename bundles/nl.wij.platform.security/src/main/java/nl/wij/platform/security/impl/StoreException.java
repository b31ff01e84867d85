package nl.wij.platform.security.impl;

import java.sql.SQLException;

/** The security tables could not be read or written; unchecked because callers cannot recover. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(String message, SQLException cause) {
        super(message + " (SQLState " + cause.getSQLState() + ")", cause);
    }
}
