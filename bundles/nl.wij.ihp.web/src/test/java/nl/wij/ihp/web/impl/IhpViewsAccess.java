package nl.wij.ihp.web.impl;

/** Gives the tests in other packages the views' SELECTs. */
public final class IhpViewsAccess {

    private IhpViewsAccess() {
    }

    public static String ruimtebehoefte() {
        return IhpViews.RUIMTEBEHOEFTE_SELECT;
    }

    public static String plantotalen() {
        return IhpViews.PLANTOTALEN_SELECT;
    }
}
