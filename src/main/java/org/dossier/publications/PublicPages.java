package org.dossier.publications;

import java.util.List;
import org.dossier.experts.Expert;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.web.Chrome;
import org.dossier.web.Meta;
import org.dossier.web.Paged;

/** The models of the public pages, one record per template. */
public final class PublicPages {

    private PublicPages() {
    }

    /** A section's newest items on the home page. */
    public record SectionBlock(Section section, List<PublicationCard> items) {
    }

    public record HomePage(Chrome chrome, Meta meta, PublicationCard lead, List<PublicationCard> latest,
                           List<SectionBlock> sections, List<Expert> experts) {
    }

    public record SectionPage(Chrome chrome, Meta meta, Section section, Paged<PublicationCard> items) {
    }

    public record ArticlePage(Chrome chrome, Meta meta, Publication publication, List<PublicationCard> related,
                              List<Correction> corrections) {
    }

    public record ExpertsPage(Chrome chrome, Meta meta, List<Expert> experts) {
    }

    public record ExpertPage(Chrome chrome, Meta meta, Expert expert, Paged<PublicationCard> items) {
    }

    public record TermPage(Chrome chrome, Meta meta, Term term, Paged<PublicationCard> items) {
    }
}
