package org.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.dossier.web.NotFoundException;
import org.dossier.web.Paged;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/publications}: published publications only, newest first. */
@RestController
class PublicationsApi {

    private static final String MANY = " Several values: repeat the parameter or separate them with commas;"
            + " a publication matches any of them (OR), and different parameters all apply (AND).";

    private final PublicationRepository publications;
    private final ApiQuery query;
    private final DossierProperties site;

    PublicationsApi(PublicationRepository publications, ApiQuery query, DossierProperties site) {
        this.publications = publications;
        this.query = query;
        this.site = site;
    }

    @Operation(summary = "Published publications, newest first",
            description = "Filters work like the search facets. An unknown slug or a malformed value answers 400 with"
                    + " a JSON message naming the parameter. Drafts, scheduled and withdrawn items never appear.")
    @GetMapping("/api/v1/publications")
    ApiViews.Page<ApiViews.PublicationSummary> list(
            @Parameter(description = "Page number, from 1.") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Items per page.") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Section slug." + MANY) @RequestParam(required = false) List<String> section,
            @Parameter(description = "Publication type slug, e.g. report." + MANY)
            @RequestParam(required = false) List<String> type,
            @Parameter(description = "Author (expert) slug; 'expert' is the same filter." + MANY)
            @RequestParam(required = false) List<String> author,
            @Parameter(description = "Expert slug; the same filter as 'author'." + MANY)
            @RequestParam(required = false) List<String> expert,
            @Parameter(description = "Topic slug." + MANY) @RequestParam(required = false) List<String> topic,
            @Parameter(description = "Region slug." + MANY) @RequestParam(required = false) List<String> region,
            @Parameter(description = "Tag slug." + MANY) @RequestParam(required = false) List<String> tag,
            @Parameter(description = "Year of publication (UTC), four digits." + MANY)
            @RequestParam(required = false) List<String> year,
            @Parameter(description = "Published on or after this date (YYYY-MM-DD, UTC).")
            @RequestParam(required = false) String from,
            @Parameter(description = "Published on or before this date (YYYY-MM-DD, UTC).")
            @RequestParam(required = false) String to) {
        query.checkPage(page, size);
        var filters = query.filters(section, type, author, expert, topic, region, tag, year, from, to);
        Paged<org.dossier.publications.PublicationCard> paged = publications.list(filters.filter(), page, size);
        var self = UriComponentsBuilder.fromUriString(site.origin() + "/api/v1/publications");
        filters.given().forEach((name, values) -> self.queryParam(name, String.join(",", values)));
        self.queryParam("size", size);
        var links = new ApiViews.Links(self.cloneBuilder().queryParam("page", page).encode().toUriString(),
                paged.hasNext() ? self.cloneBuilder().queryParam("page", page + 1).encode().toUriString() : null,
                paged.hasPrevious() ? self.cloneBuilder().queryParam("page", page - 1).encode().toUriString() : null);
        return new ApiViews.Page<>(paged.items().stream()
                .map(c -> ApiViews.PublicationSummary.of(c, site.origin())).toList(),
                new ApiViews.Meta(page, size, paged.total(), paged.pages()), links);
    }

    @Operation(summary = "One published publication with its full text")
    @GetMapping("/api/v1/publications/{id}")
    ApiViews.PublicationDetail one(@PathVariable long id) {
        Publication p = publications.byId(id).filter(Publication::isPublic)
                .orElseThrow(() -> new NotFoundException("No publication " + id));
        return ApiViews.PublicationDetail.of(p, site.origin());
    }
}
