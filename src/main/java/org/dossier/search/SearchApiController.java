package org.dossier.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON API: search with the same parameters as the page, and suggestions while typing. */
@RestController
class SearchApiController {

    private final SearchService search;
    private final Suggestions suggestions;

    SearchApiController(SearchService search, Suggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    @GetMapping("/api/search")
    SearchResult search(HttpServletRequest http) {
        return search.search(SearchRequest.of(http.getParameterMap()));
    }

    @GetMapping("/api/search/suggest")
    Map<String, Object> suggest(@RequestParam(defaultValue = "") String q) {
        List<Suggestions.Suggestion> found = suggestions.suggest(q);
        return Map.of("query", q, "suggestions", found);
    }
}
