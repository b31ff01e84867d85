package nl.wij.core.editors.impl.command;

/**
 * Told after an edit, undo or redo of the editors has been committed, so caches of this bundle
 * (the search index, the problems) can update. Changes by others (importers) are not reported;
 * the caches expire for those.
 */
@FunctionalInterface
public interface ModelChangeListener {

    /**
     * @param eClass the qualified name of the changed object's class
     * @param key the changed object's key
     */
    void changed(String eClass, String key);
}
