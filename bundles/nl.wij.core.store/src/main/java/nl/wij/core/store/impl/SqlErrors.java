package nl.wij.core.store.impl;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreException.Reason;
import nl.wij.core.store.dialect.Dialect;

/** Turns SQL failures into {@link StoreException}s with a Dutch message. */
final class SqlErrors {

    private static final Pattern CONSTRAINT = Pattern.compile("'(FK_[A-Z0-9_]+)'");

    private SqlErrors() {
    }

    static StoreException translate(SQLException e, Dialect dialect, StoreCatalog catalog) {
        return switch (dialect.classify(e)) {
            case FOREIGN_KEY -> new StoreException(Reason.MISSING_REFERENCE, foreignKey(e, catalog, dialect), e);
            case DUPLICATE_KEY -> new StoreException(Reason.CONFLICT, "Een object met dezelfde sleutel is tegelijk"
                    + " door een andere wijziging opgeslagen; er is niets gewijzigd. Probeer het opnieuw.", e);
            case CONFLICT -> new StoreException(Reason.CONFLICT, "De gegevens zijn bezet door een andere wijziging;"
                    + " er is niets gewijzigd. Probeer het opnieuw.", e);
            case VALUE_TOO_LONG -> new StoreException(Reason.INVALID, "Een waarde past niet in haar kolom; er is niets"
                    + " gewijzigd (" + e.getMessage() + ").", e);
            default -> new StoreException(Reason.DATABASE, "De database gaf een fout; er is niets gewijzigd ("
                    + e.getMessage() + ").", e);
        };
    }

    /** Names the reference of the violated foreign key when the message names the constraint. */
    private static String foreignKey(SQLException e, StoreCatalog catalog, Dialect dialect) {
        Matcher m = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        SchemaUpdater names = new SchemaUpdater(dialect);
        if (m.find()) {
            String constraint = m.group(1);
            for (PackageMap p : catalog.packages.values()) {
                for (TableDef t : p.tables()) {
                    for (ColumnDef c : t.columns()) {
                        if (c.refTable() != null && names.foreignKeyName(t.name(), c.name()).equals(constraint)) {
                            return "Een verwijzing klopt niet: " + (c.eClass() == null ? "tabel " + t.qualified()
                                    : c.eClass() + "." + c.feature()) + " wijst naar een object dat niet (meer) in de"
                                    + " opslag staat (" + c.refTable() + "). Er is niets gewijzigd.";
                        }
                    }
                }
            }
        }
        return "Een verwijzing wijst naar een object dat niet (meer) in de opslag staat; er is niets gewijzigd.";
    }
}
