package org.dossier.publications;

import org.dossier.experts.Expert;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicPages.ExpertPage;
import org.dossier.publications.PublicPages.ExpertsPage;
import org.dossier.publications.PublicPages.TermPage;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.ChromeFactory;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The experts' pages and the topic, region and tag pages, each with its publications. */
@Controller
class DirectoryController {

    private final PublicationRepository publications;
    private final ExpertRepository experts;
    private final TaxonomyRepository taxonomy;
    private final ChromeFactory chrome;
    private final PageMeta meta;

    DirectoryController(PublicationRepository publications, ExpertRepository experts, TaxonomyRepository taxonomy,
                        ChromeFactory chrome, PageMeta meta) {
        this.publications = publications;
        this.experts = experts;
        this.taxonomy = taxonomy;
        this.chrome = chrome;
        this.meta = meta;
    }

    @GetMapping("/experts/")
    String experts(Model model) {
        model.addAttribute("page", new ExpertsPage(chrome.chrome(),
                meta.page("Experts", "The scholars and fellows of " + chrome.chrome().siteName() + ".", "/experts/"),
                experts.all()));
        return "publications/experts";
    }

    @GetMapping("/experts")
    String expertsWithoutSlash() {
        return "redirect:/experts/";
    }

    @GetMapping("/experts/{slug:[^.]+}")
    String expert(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Expert e = experts.bySlug(slug).orElseThrow(() -> new NotFoundException("expert " + slug));
        var items = Pagination.existing(publications.list(Listing.expert(e.id()), Pagination.requested(page),
                Pagination.PAGE_SIZE));
        String description = e.role().isBlank() ? e.name() : e.name() + " — " + e.role();
        model.addAttribute("page", new ExpertPage(chrome.chrome(), meta.expert(e, description), e, items));
        return "publications/expert";
    }

    @GetMapping("/topics/{slug:[^.]+}")
    String topic(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        return term(TermKind.TOPIC, slug, page, model);
    }

    @GetMapping("/regions/{slug:[^.]+}")
    String region(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        return term(TermKind.REGION, slug, page, model);
    }

    @GetMapping("/tags/{slug:[^.]+}")
    String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        return term(TermKind.TAG, slug, page, model);
    }

    private String term(TermKind kind, String slug, int page, Model model) {
        Term term = taxonomy.term(kind, slug).orElseThrow(() -> new NotFoundException(kind.path(slug)));
        var items = Pagination.existing(publications.list(Listing.term(kind, term.id()), Pagination.requested(page),
                Pagination.PAGE_SIZE));
        String description = term.description().isBlank()
                ? kind.label() + ": publications on " + term.name() + "." : term.description();
        model.addAttribute("page", new TermPage(chrome.chrome(), meta.listing(term.name(), description, term.url(), term.url() + "/"),
                term, items));
        return "publications/term";
    }
}
