package org.dossier.publications;

import java.util.ArrayList;
import java.util.List;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicPages.HomePage;
import org.dossier.publications.PublicPages.SectionBlock;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.web.ChromeFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the lead story, the latest items, each section's newest, some experts. */
@Controller
class HomeController {

    private final PublicationRepository publications;
    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final ChromeFactory chrome;
    private final PageMeta meta;

    HomeController(PublicationRepository publications, TaxonomyRepository taxonomy, ExpertRepository experts,
                   ChromeFactory chrome, PageMeta meta) {
        this.publications = publications;
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.chrome = chrome;
        this.meta = meta;
    }

    @GetMapping("/")
    String home(Model model) {
        List<PublicationCard> latest = publications.list(Listing.ALL, 1, 7).items();
        PublicationCard lead = latest.stream().filter(c -> c.imageUrl() != null).findFirst()
                .orElse(latest.isEmpty() ? null : latest.get(0));
        List<PublicationCard> rest = latest.stream().filter(c -> c != lead).limit(6).toList();
        List<SectionBlock> blocks = new ArrayList<>();
        for (Section section : taxonomy.sections()) {
            List<PublicationCard> items = publications.list(Listing.section(section.id()), 1, 3).items();
            if (!items.isEmpty()) {
                blocks.add(new SectionBlock(section, items));
            }
        }
        var featuredExperts = experts.all().stream().filter(e -> e.photoUrl() != null).limit(4).toList();
        model.addAttribute("page", new HomePage(chrome.chrome(), meta.home(), lead, rest, blocks, featuredExperts));
        return "publications/home";
    }
}
