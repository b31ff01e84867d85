package nl.wij.ihp.logic;

/**
 * Pupils of one vestiging in one year, of one soort and (in vo) one onderwijstype: a count or a forecast.
 *
 * @param soort soort onderwijs of the vestiging ({@code bo}, {@code sbo}, {@code so}, {@code vso}, {@code vo})
 * @param onderwijstype the onderwijstype as the source names it, or {@code null} for all pupils together
 * @param aantal the number of pupils
 */
public record Leerlinggroep(String soort, String onderwijstype, int aantal) {

    public Leerlinggroep {
        if (aantal < 0) {
            throw new IllegalArgumentException("een aantal leerlingen kan niet negatief zijn: " + aantal);
        }
    }
}
