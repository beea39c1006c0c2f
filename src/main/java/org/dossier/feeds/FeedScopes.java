package org.dossier.feeds;

import org.dossier.experts.ExpertRepository;
import org.dossier.publications.Listing;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Turns the parts of a feed address into a {@link FeedScope}; unknown names are 404s. */
@Component
class FeedScopes {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final DossierProperties site;

    FeedScopes(TaxonomyRepository taxonomy, ExpertRepository experts, DossierProperties site) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.site = site;
    }

    FeedScope site() {
        return new FeedScope(Listing.ALL, site.siteName(), site.tagline(), "/");
    }

    FeedScope section(String slug) {
        var section = taxonomy.section(slug).orElseThrow(() -> new NotFoundException("No section " + slug));
        return new FeedScope(Listing.section(section.id()), section.name() + " | " + site.siteName(),
                blankTo(section.description(), site.tagline()), section.url());
    }

    FeedScope term(String kindTable, String slug) {
        TermKind kind = switch (kindTable) {
            case "topics" -> TermKind.TOPIC;
            case "regions" -> TermKind.REGION;
            case "tags" -> TermKind.TAG;
            default -> throw new NotFoundException("No such list " + kindTable);
        };
        var term = taxonomy.term(kind, slug).orElseThrow(() -> new NotFoundException("No " + kind.label() + " " + slug));
        return new FeedScope(Listing.term(kind, term.id()), term.name() + " | " + site.siteName(),
                blankTo(term.description(), kind.label() + ": " + term.name()), term.url());
    }

    FeedScope expert(String slug) {
        var expert = experts.bySlug(slug).orElseThrow(() -> new NotFoundException("No expert " + slug));
        return new FeedScope(Listing.expert(expert.id()), expert.name() + " | " + site.siteName(),
                "Publications by " + expert.name(), expert.url());
    }

    FeedScope type(String slug) {
        var type = taxonomy.type(slug).orElseThrow(() -> new NotFoundException("No type " + slug));
        return new FeedScope(new Listing(null, type.id(), null, null, null), type.plural() + " | " + site.siteName(),
                type.plural() + " from " + site.siteName(), "/types/" + type.slug());
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
