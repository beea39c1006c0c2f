package org.dossier.api;

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

    private final PublicationRepository publications;
    private final ApiQuery query;
    private final DossierProperties site;

    PublicationsApi(PublicationRepository publications, ApiQuery query, DossierProperties site) {
        this.publications = publications;
        this.query = query;
        this.site = site;
    }

    @GetMapping("/api/v1/publications")
    ApiViews.Page<ApiViews.PublicationSummary> list(
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String section, @RequestParam(required = false) String type,
            @RequestParam(required = false) String expert, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String region, @RequestParam(required = false) String tag) {
        query.checkPage(page, size);
        var listing = query.listing(section, type, expert, topic, region, tag);
        Paged<org.dossier.publications.PublicationCard> paged = publications.list(listing, page, size);
        var self = UriComponentsBuilder.fromUriString(site.origin() + "/api/v1/publications")
                .queryParamIfPresent("section", java.util.Optional.ofNullable(section))
                .queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                .queryParamIfPresent("expert", java.util.Optional.ofNullable(expert))
                .queryParamIfPresent("topic", java.util.Optional.ofNullable(topic))
                .queryParamIfPresent("region", java.util.Optional.ofNullable(region))
                .queryParamIfPresent("tag", java.util.Optional.ofNullable(tag))
                .queryParam("size", size);
        var links = new ApiViews.Links(self.cloneBuilder().queryParam("page", page).encode().toUriString(),
                paged.hasNext() ? self.cloneBuilder().queryParam("page", page + 1).encode().toUriString() : null,
                paged.hasPrevious() ? self.cloneBuilder().queryParam("page", page - 1).encode().toUriString() : null);
        return new ApiViews.Page<>(paged.items().stream()
                .map(c -> ApiViews.PublicationSummary.of(c, site.origin())).toList(),
                new ApiViews.Meta(page, size, paged.total(), paged.pages()), links);
    }

    @GetMapping("/api/v1/publications/{id}")
    ApiViews.PublicationDetail one(@PathVariable long id) {
        Publication p = publications.byId(id).filter(Publication::isPublic)
                .orElseThrow(() -> new NotFoundException("No publication " + id));
        return ApiViews.PublicationDetail.of(p, site.origin());
    }
}
