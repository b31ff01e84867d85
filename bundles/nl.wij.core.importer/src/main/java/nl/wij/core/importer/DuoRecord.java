package nl.wij.core.importer;

/** One record read from a DUO file: a vestiging or a leerlingtelling. */
public sealed interface DuoRecord permits VestigingRecord, LeerlingtellingRecord {

    /** The physical line (1-based, header = line 1) on which the source row starts. */
    long line();

    /** The vestiging's BRIN6, normalised (four-character BRIN plus two-digit vestigingsnummer, upper case). */
    String brin6();
}
