package org.dossier.api;

import java.util.List;
import org.dossier.experts.ExpertRepository;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Experts, sections, types and the three vocabularies: short lists, returned whole. */
@RestController
class DirectoryApi {

    private final ExpertRepository experts;
    private final TaxonomyRepository taxonomy;
    private final DossierProperties site;

    DirectoryApi(ExpertRepository experts, TaxonomyRepository taxonomy, DossierProperties site) {
        this.experts = experts;
        this.taxonomy = taxonomy;
        this.site = site;
    }

    @GetMapping("/api/v1/experts")
    List<ApiViews.ExpertView> experts() {
        return experts.all().stream().map(e -> ApiViews.ExpertView.of(e, site.origin())).toList();
    }

    @GetMapping("/api/v1/experts/{slug}")
    ApiViews.ExpertView expert(@PathVariable String slug) {
        return experts.bySlug(slug).map(e -> ApiViews.ExpertView.of(e, site.origin()))
                .orElseThrow(() -> new NotFoundException("No expert " + slug));
    }

    @GetMapping("/api/v1/sections")
    List<ApiViews.TermView> sections() {
        return taxonomy.sections().stream()
                .map(s -> new ApiViews.TermView(s.slug(), s.name(), s.description(), site.origin() + s.url())).toList();
    }

    @GetMapping("/api/v1/types")
    List<ApiViews.Named> types() {
        return taxonomy.types().stream().map(t -> new ApiViews.Named(t.slug(), t.name())).toList();
    }

    @GetMapping("/api/v1/{kind:topics|regions|tags}")
    List<ApiViews.TermView> terms(@PathVariable String kind) {
        TermKind termKind = switch (kind) {
            case "topics" -> TermKind.TOPIC;
            case "regions" -> TermKind.REGION;
            default -> TermKind.TAG;
        };
        return taxonomy.terms(termKind).stream()
                .map(t -> new ApiViews.TermView(t.slug(), t.name(), t.description(), site.origin() + t.url())).toList();
    }
}
