package org.dossier.publications;

import org.dossier.publications.PublicPages.ArticlePage;
import org.dossier.publications.PublicPages.SectionPage;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.web.ChromeFactory;
import org.dossier.web.GoneException;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A section's listing ({@code /{section}/}) and its publications ({@code /{section}/{slug}}).
 * Path variables exclude dots so that files such as {@code /assets/site.css} never land here.
 */
@Controller
class SectionController {

    private static final int RELATED = 5;

    private final PublicationRepository publications;
    private final TaxonomyRepository taxonomy;
    private final ChromeFactory chrome;
    private final PageMeta meta;
    private final CorrectionRepository corrections;

    SectionController(PublicationRepository publications, TaxonomyRepository taxonomy, ChromeFactory chrome,
                      PageMeta meta, CorrectionRepository corrections) {
        this.corrections = corrections;
        this.publications = publications;
        this.taxonomy = taxonomy;
        this.chrome = chrome;
        this.meta = meta;
    }

    @GetMapping("/{section:[^.]+}/")
    String section(@PathVariable String section, @RequestParam(defaultValue = "1") int page, Model model) {
        Section s = taxonomy.section(section).orElseThrow(() -> new NotFoundException("section " + section));
        var items = Pagination.existing(publications.list(Listing.section(s.id()), Pagination.requested(page),
                Pagination.PAGE_SIZE));
        String path = s.url() + (page > 1 ? "?page=" + page : "");
        String description = s.description().isBlank() ? s.name() : s.description();
        model.addAttribute("page", new SectionPage(chrome.chrome(), meta.listing(s.name(), description, path, s.url()), s, items));
        return "publications/section";
    }

    @GetMapping("/{section:[^.]+}")
    String sectionWithoutSlash(@PathVariable String section) {
        Section s = taxonomy.section(section).orElseThrow(() -> new NotFoundException("section " + section));
        return "redirect:" + s.url();
    }

    @GetMapping("/{section:[^.]+}/{slug:[^.]+}")
    String publication(@PathVariable String section, @PathVariable String slug, Model model) {
        Publication p = publications.bySectionAndSlug(section, slug)
                .orElseThrow(() -> new NotFoundException(section + "/" + slug));
        switch (p.status()) {
            case PUBLISHED -> { }
            case WITHDRAWN -> throw new GoneException(p.url());
            default -> throw new NotFoundException(p.url());
        }
        model.addAttribute("page", new ArticlePage(chrome.chrome(), meta.publication(p),
                p, publications.related(p, RELATED), corrections.of(p.id())));
        return "publications/article";
    }
}
