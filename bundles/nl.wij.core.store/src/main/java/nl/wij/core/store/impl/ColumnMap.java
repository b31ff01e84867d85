package nl.wij.core.store.impl;

/** A column at run time: its shape, its position in the table's row and how its values convert. */
final class ColumnMap {

    final ColumnDef def;
    final int index;
    final Codec codec;
    /** For a reference or link target: the qualified table it points to. */
    final String target;

    ColumnMap(ColumnDef def, int index, Codec codec, String target) {
        this.def = def;
        this.index = index;
        this.codec = codec;
        this.target = target;
    }

    String name() {
        return def.name();
    }
}
