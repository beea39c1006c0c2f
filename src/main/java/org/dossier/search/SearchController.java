package org.dossier.search;

import jakarta.servlet.http.HttpServletRequest;
import org.dossier.web.ChromeFactory;
import org.dossier.web.Meta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The search page: a plain GET form, so it works without JavaScript and every state has a URL. */
@Controller
class SearchController {

    private final SearchService search;
    private final ChromeFactory chrome;

    SearchController(SearchService search, ChromeFactory chrome) {
        this.search = search;
        this.chrome = chrome;
    }

    @GetMapping("/search")
    String search(HttpServletRequest http, Model model) {
        SearchRequest request = SearchRequest.of(http.getParameterMap());
        SearchResult result = search.search(request);
        String title = request.q().isBlank() ? "Search" : "Search: " + request.q();
        Meta meta = Meta.simple(title, "Search everything " + chrome.chrome().siteName() + " has published.",
                chrome.absolute("/search")).noIndex();
        model.addAttribute("page", new SearchPage(chrome.chrome(), meta, request, result));
        return "search/search";
    }
}
