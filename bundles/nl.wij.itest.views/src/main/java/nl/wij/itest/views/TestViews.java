package nl.wij.itest.views;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.StarterQuery;
import nl.wij.core.views.StarterQueryProvider;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.ViewProvider;

/** A module with one view over a core view, and one starter query; for the analyst integration tests. */
@Component(service = { ViewProvider.class, StarterQueryProvider.class })
public final class TestViews implements ViewProvider, StarterQueryProvider {

    @Override
    public List<AnalyticalView> views() {
        return List.of(new AnalyticalView("itest", "vestigingen_per_gemeente", "Vestigingen per gemeente",
                "Testview: het aantal vestigingen per gemeente.", "de stand van core.vestiging", "Bron: DUO",
                "SELECT gemeente_code, COUNT(*) FROM core.vestiging GROUP BY gemeente_code",
                List.of(ViewColumn.of("gemeente_code", "VARCHAR", "Gemeentecode", ""),
                        ViewColumn.of("vestigingen", "INTEGER", "Aantal vestigingen", "vestigingen")),
                List.of(), List.of("core.vestiging")));
    }

    @Override
    public List<StarterQuery> starterQueries() {
        return List.of(new StarterQuery("nl.wij.itest.views.query.vestigingen", "Hoeveel vestigingen per gemeente?",
                "Testvraag.", "SELECT gemeente_code, vestigingen FROM itest.vestigingen_per_gemeente",
                List.of("itest.vestigingen_per_gemeente"), null));
    }
}
