package org.dossier.taxonomy;

import java.util.List;
import org.dossier.web.NavLink;
import org.dossier.web.SiteNavigation;
import org.springframework.stereotype.Component;

/** The header lists the sections in their configured order, then the experts. */
@Component
class SectionNavigation implements SiteNavigation {

    private final TaxonomyRepository repository;

    SectionNavigation(TaxonomyRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<NavLink> sections() {
        var links = new java.util.ArrayList<NavLink>();
        for (Section s : repository.sections()) {
            links.add(new NavLink(s.name(), s.url()));
        }
        links.add(new NavLink("Experts", "/experts/"));
        return links;
    }
}
