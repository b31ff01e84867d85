package nl.wij.core.views.impl;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wij.core.views.AnalyticalView;

/**
 * Which published views a view reads: the ones it declares in {@link AnalyticalView#requiredViews()}
 * and, as a safety net, every other known view its SQL names ({@code core.vestiging},
 * {@code CORE . VESTIGING}), so a forgotten declaration cannot break drops and creation order.
 */
final class Dependencies {

    private Dependencies() {
    }

    /** Lower-case qualified names of the views {@code view} reads, among {@code known} plus its declared ones. */
    static Set<String> of(AnalyticalView view, Collection<String> known) {
        Set<String> result = new LinkedHashSet<>();
        view.requiredViews().forEach(r -> result.add(r.toLowerCase(Locale.ROOT)));
        result.addAll(mentioned(view.select(), known));
        result.remove(view.qualifiedName());
        return result;
    }

    /** The names among {@code known} that {@code sql} mentions as {@code schema.name}. */
    static Set<String> mentioned(String sql, Collection<String> known) {
        Set<String> result = new LinkedHashSet<>();
        for (String name : known) {
            int dot = name.indexOf('.');
            Pattern p = Pattern.compile("(?<![A-Za-z0-9_\"])" + Pattern.quote(name.substring(0, dot)) + "\\s*\\.\\s*"
                    + Pattern.quote(name.substring(dot + 1)) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
            if (p.matcher(sql).find()) {
                result.add(name);
            }
        }
        return result;
    }
}
