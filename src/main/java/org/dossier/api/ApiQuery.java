package org.dossier.api;

import org.dossier.experts.ExpertRepository;
import org.dossier.publications.Listing;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.BadRequestException;
import org.springframework.stereotype.Component;

/** Checks paging parameters and turns filter slugs into a {@link Listing}, with a clear message for each mistake. */
@Component
class ApiQuery {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final ApiProperties settings;

    ApiQuery(TaxonomyRepository taxonomy, ExpertRepository experts, ApiProperties settings) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.settings = settings;
    }

    void checkPage(int page, int size) {
        if (page < 1) {
            throw new BadRequestException("'page' starts at 1.");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            throw new BadRequestException("'size' must be between 1 and " + settings.maxPageSize() + ".");
        }
    }

    Listing listing(String section, String type, String expert, String topic, String region, String tag) {
        int terms = (topic == null ? 0 : 1) + (region == null ? 0 : 1) + (tag == null ? 0 : 1);
        if (terms > 1) {
            throw new BadRequestException("Filter by one of 'topic', 'region' or 'tag' at a time.");
        }
        Long sectionId = section == null ? null : taxonomy.section(section)
                .orElseThrow(() -> unknown("section", section)).id();
        Long typeId = type == null ? null : taxonomy.type(type).orElseThrow(() -> unknown("type", type)).id();
        Long expertId = expert == null ? null : experts.bySlug(expert).orElseThrow(() -> unknown("expert", expert)).id();
        TermKind kind = topic != null ? TermKind.TOPIC : region != null ? TermKind.REGION : tag != null ? TermKind.TAG
                : null;
        Long termId = null;
        if (kind != null) {
            String slug = topic != null ? topic : region != null ? region : tag;
            termId = taxonomy.term(kind, slug).orElseThrow(() -> unknown(kind.label().toLowerCase(), slug)).id();
        }
        return new Listing(sectionId, typeId, expertId, kind, termId);
    }

    private static BadRequestException unknown(String what, String slug) {
        return new BadRequestException("There is no " + what + " '" + slug + "'.");
    }
}
