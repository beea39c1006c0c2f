package org.dossier.admin;

import java.util.List;
import org.dossier.experts.Expert;
import org.dossier.redirects.Redirect;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;

/** Page models of the experts, taxonomy and redirects screens. */
public final class CatalogPages {

    private CatalogPages() {
    }

    public record ExpertsPage(AdminContext ctx, List<Expert> experts, List<String> errors) {
    }

    public record ExpertPage(AdminContext ctx, Expert expert, List<Expert> others, List<String> errors) {
    }

    /** The terms of one kind. */
    public record Vocabulary(TermKind kind, List<Term> terms) {
    }

    public record TaxonomyPage(AdminContext ctx, List<Section> sections, List<Vocabulary> vocabularies,
                               List<String> errors) {
    }

    public record TermPage(AdminContext ctx, Term term, List<Term> others, List<String> errors) {
    }

    public record MediaPage(AdminContext ctx, List<org.dossier.media.MediaItem> items, List<String> errors) {
    }

    public record RedirectsPage(AdminContext ctx, List<Redirect> redirects, String query, List<String> errors) {
    }
}
