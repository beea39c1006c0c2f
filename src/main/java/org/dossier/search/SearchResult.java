package org.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}; its shape is the JSON contract of {@code /api/search}.
 *
 * @param snippet of each hit: HTML with the body escaped and matches in {@code <mark>}
 */
public record SearchResult(String query, long total, long indexTotal, int page, List<Hit> results,
                           Map<String, List<FacetValue>> facets, String didYouMean) {

    /** One result. {@code date} is ISO (yyyy-MM-dd) or null for experts. */
    public record Hit(String title, String url, String type, String section, String date, List<String> authors,
                      String snippet) {
    }

    /** A facet value with the number of results it would give. */
    public record FacetValue(String value, String label, long count) {
    }

    public int pages() {
        return (int) Math.max(1, Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1)
                / SearchRequest.PAGE_SIZE));
    }
}
