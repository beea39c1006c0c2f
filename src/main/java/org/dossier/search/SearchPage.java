package org.dossier.search;

import java.util.List;
import java.util.Map;
import org.dossier.web.Chrome;
import org.dossier.web.Meta;

/** The model of {@code search/search.jte}. */
public record SearchPage(Chrome chrome, Meta meta, SearchRequest request, SearchResult result) {

    /** Facet dimension names as the page shows them. */
    public static final Map<String, String> DIMENSIONS = Map.of("type", "Type", "section", "Section", "topic", "Topic",
            "region", "Region", "author", "Author", "year", "Year");

    public List<String> dimensions() {
        return Fields.FACETS;
    }

    public String dimensionName(String dim) {
        return DIMENSIONS.get(dim);
    }

    /** The label of a selected value, for the "remove this filter" chips. */
    public String label(String dim, String value) {
        return result.facets().getOrDefault(dim, List.of()).stream().filter(v -> v.value().equals(value))
                .map(SearchResult.FacetValue::label).findFirst().orElse(value);
    }

    public String heading() {
        String count = String.format("%,d %s", result.total(), result.total() == 1 ? "result" : "results");
        return request.q().isBlank() ? count : count + " for “" + request.q() + "”";
    }
}
