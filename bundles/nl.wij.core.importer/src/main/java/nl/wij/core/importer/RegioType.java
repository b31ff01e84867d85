package nl.wij.core.importer;

/** The region types the DUO vestigingen files name for the gemeente of each vestiging. */
public enum RegioType {
    /** Nodaal gebied (DUO column {@code NODAAL GEBIED CODE/NAAM}). */
    NODAAL_GEBIED,
    /** Regionaal platform arbeidsmarktbeleid ({@code RPA-GEBIED}). */
    RPA,
    /** Gemeenschappelijke regeling ({@code WGR-GEBIED}). */
    WGR,
    /** CBS COROP-gebied ({@code COROPGEBIED}). */
    COROP,
    /** Onderwijsgebied ({@code ONDERWIJSGEBIED}). */
    ONDERWIJSGEBIED,
    /** Regionaal meld- en coördinatiepunt voortijdig schoolverlaten ({@code RMC-REGIO}). */
    RMC
}
