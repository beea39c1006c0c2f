package org.dossier.admin;

import java.util.List;
import org.dossier.admin.EditorPages.EditorPage;
import org.dossier.admin.EditorPages.Suggestions;
import org.dossier.editorial.EditorialService;
import org.dossier.experts.Expert;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.CorrectionRepository;
import org.dossier.publications.Publication;
import org.dossier.publications.RevisionRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.MarkdownRenderer;
import org.springframework.stereotype.Component;

/** Builds the editor page for a new, saved or refused publication. */
@Component
class EditorPageFactory {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final MarkdownRenderer markdown;
    private final CorrectionRepository corrections;
    private final RevisionRepository revisions;
    private final EditorialService editorial;

    EditorPageFactory(TaxonomyRepository taxonomy, ExpertRepository experts, MarkdownRenderer markdown,
                      CorrectionRepository corrections, RevisionRepository revisions, EditorialService editorial) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.markdown = markdown;
        this.corrections = corrections;
        this.revisions = revisions;
        this.editorial = editorial;
    }

    EditorPage of(AdminContext ctx, PublicationForm form, Publication saved, List<String> errors) {
        Status status = saved == null ? Status.DRAFT : saved.status();
        String url = saved == null ? null : saved.url();
        return new EditorPage(ctx, form, status, url, taxonomy.sections(), taxonomy.types(), errors,
                markdown.render(form.body()), saved == null ? List.of() : corrections.of(saved.id()),
                saved == null ? 0 : revisions.of(saved.id()).size(),
                saved != null && editorial.reviewRequested(saved.id()), suggestions());
    }

    /** The form for a saved publication, remembering the version and newest revision it was opened at. */
    PublicationForm formOf(Publication p) {
        return PublicationForm.of(p, revisions.of(p.id()).stream().findFirst().map(r -> r.number()).orElse(0));
    }

    /** The page shown when a save is refused because someone else saved first: the user's text and what changed. */
    EditorPages.ConflictPage conflict(AdminContext ctx, PublicationForm mine, Publication current) {
        var newest = revisions.of(current.id()).stream().findFirst().orElse(null);
        int from = Math.max(1, mine.revision() == null ? 1 : mine.revision());
        return new EditorPages.ConflictPage(ctx, current.id(), current.title(), mine, newest,
                newest != null && newest.number() > from ? from : null);
    }

    private Suggestions suggestions() {
        return new Suggestions(experts.all().stream().map(Expert::name).toList(), names(TermKind.TOPIC),
                names(TermKind.REGION), names(TermKind.TAG));
    }

    private List<String> names(TermKind kind) {
        return taxonomy.terms(kind).stream().map(Term::name).toList();
    }
}
