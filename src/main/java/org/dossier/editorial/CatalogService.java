package org.dossier.editorial;

import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.experts.Expert;
import org.dossier.experts.ExpertInput;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationChanged;
import org.dossier.redirects.RedirectRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.MarkdownRenderer;
import org.dossier.web.NotFoundException;
import org.dossier.web.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing and merging experts and terms. A changed slug or a merge leaves a 301 redirect from the
 * old address, and touched publications are announced so the search index and pages catch up.
 */
@Service
public class CatalogService {

    /** An expert as edited in the back office. */
    public record ExpertEdit(String slug, String name, String title, String affiliation, String bioMd,
                             String photoUrl, String photoAlt) {
    }

    private final CatalogStore store;
    private final org.dossier.experts.ExpertRepository experts;
    private final org.dossier.taxonomy.TaxonomyRepository taxonomy;
    private final RedirectRepository redirects;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    CatalogService(CatalogStore store, org.dossier.experts.ExpertRepository experts,
                   org.dossier.taxonomy.TaxonomyRepository taxonomy, RedirectRepository redirects, MarkdownRenderer markdown,
                   ApplicationEventPublisher events, AuditLog audit) {
        this.store = store;
        this.experts = experts;
        this.taxonomy = taxonomy;
        this.redirects = redirects;
        this.markdown = markdown;
        this.events = events;
        this.audit = audit;
    }

    /** Creates an expert; refuses an address another expert has. */
    @Transactional
    public long createExpert(String nameInput, String actor) {
        String name = required(nameInput, "name", 200);
        String slug = slug(null, name);
        if (store.expertSlugTaken(slug, -1)) {
            throw new InvalidPublicationException("An expert with the address /experts/" + slug + " exists already.");
        }
        long id = experts.save(new ExpertInput(slug, name, "", "", "", null, ""), "", System.currentTimeMillis());
        audit.record(actor, "expert.create", name, slug);
        return id;
    }

    /** Creates a topic, region or tag; refuses an address another term of that kind has. */
    @Transactional
    public long createTerm(TermKind kind, String nameInput, String actor) {
        String name = required(nameInput, "name", 200);
        String slug = slug(null, name);
        if (store.termSlugTaken(kind, slug, -1)) {
            throw new InvalidPublicationException("A " + kind.label().toLowerCase() + " with the address "
                    + kind.path(slug) + " exists already.");
        }
        long id = taxonomy.saveTerm(kind, slug, name, "").id();
        audit.record(actor, kind.table() + ".create", name, slug);
        return id;
    }

    /** Creates a section or renames the one with that address. */
    @Transactional
    public void saveSection(String slugInput, String nameInput, String description, int position, String actor) {
        String name = required(nameInput, "name", 200);
        String slug = slug(slugInput, name);
        taxonomy.saveSection(slug, name, trim(description, 2000), position);
        events.publishEvent(new PublicationChanged(List.of()));
        audit.record(actor, "section.save", name, slug);
    }

    public Expert expert(long id) {
        return store.expert(id).orElseThrow(() -> new NotFoundException("expert " + id));
    }

    @Transactional
    public void updateExpert(long id, ExpertEdit edit, String actor) {
        Expert old = expert(id);
        String name = required(edit.name(), "name", 200);
        String slug = slug(edit.slug(), name);
        if (store.expertSlugTaken(slug, id)) {
            throw new InvalidPublicationException("Another expert already has the address /experts/" + slug + ".");
        }
        String photo = edit.photoUrl() == null || edit.photoUrl().isBlank() ? null : sitePath(edit.photoUrl());
        store.updateExpert(id, slug, name, trim(edit.title(), 300), trim(edit.affiliation(), 300),
                trim(edit.bioMd(), 20_000), markdown.render(trim(edit.bioMd(), 20_000)), photo, trim(edit.photoAlt(), 500));
        if (!slug.equals(old.slug())) {
            redirects.save(old.url(), "/experts/" + slug);
        }
        events.publishEvent(new PublicationChanged(List.of()));
        audit.record(actor, "expert.save", name, slug);
    }

    /** Merges expert {@code from} into {@code into}: bylines move, the old page redirects. */
    @Transactional
    public void mergeExperts(long from, long into, String actor) {
        if (from == into) {
            throw new InvalidPublicationException("Choose two different experts to merge.");
        }
        Expert a = expert(from);
        Expert b = expert(into);
        List<Long> touched = store.mergeExperts(from, into);
        redirects.save(a.url(), b.url());
        events.publishEvent(new PublicationChanged(touched));
        audit.record(actor, "expert.merge", a.name() + " -> " + b.name(), touched.size() + " publications");
    }

    public Term term(TermKind kind, long id) {
        return store.term(kind, id).orElseThrow(() -> new NotFoundException(kind.label() + " " + id));
    }

    @Transactional
    public void updateTerm(TermKind kind, long id, String slugInput, String nameInput, String description, String actor) {
        Term old = term(kind, id);
        String name = required(nameInput, "name", 200);
        String slug = slug(slugInput, name);
        if (store.termSlugTaken(kind, slug, id)) {
            throw new InvalidPublicationException("Another " + kind.label().toLowerCase() + " already has the address "
                    + kind.path(slug) + ".");
        }
        store.updateTerm(kind, id, slug, name, trim(description, 2000));
        if (!slug.equals(old.slug())) {
            redirects.save(old.url(), kind.path(slug));
        }
        events.publishEvent(new PublicationChanged(List.of()));
        audit.record(actor, kind.table() + ".save", name, slug);
    }

    @Transactional
    public void mergeTerms(TermKind kind, long from, long into, String actor) {
        if (from == into) {
            throw new InvalidPublicationException("Choose two different terms to merge.");
        }
        Term a = term(kind, from);
        Term b = term(kind, into);
        List<Long> touched = store.mergeTerms(kind, from, into);
        redirects.save(a.url(), b.url());
        events.publishEvent(new PublicationChanged(touched));
        audit.record(actor, kind.table() + ".merge", a.name() + " -> " + b.name(), touched.size() + " publications");
    }

    static String sitePath(String raw) {
        String p = raw == null ? "" : raw.strip();
        if (!p.startsWith("/") || p.startsWith("//") || p.length() > 1000
                || p.chars().anyMatch(c -> c < 0x21 || c == '"' || c == '<' || c == '>' || c == '\\')) {
            throw new InvalidPublicationException("Addresses must be paths on this site, starting with a single / ("
                    + (p.length() > 60 ? p.substring(0, 60) + "…" : p) + ").");
        }
        return p;
    }

    private static String slug(String input, String name) {
        String slug = Slugs.of(input == null || input.isBlank() ? name : input);
        if (slug.isEmpty()) {
            throw new InvalidPublicationException("The address (slug) needs letters or digits.");
        }
        return slug;
    }

    private static String required(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidPublicationException("A " + what + " is required.");
        }
        if (value.length() > max) {
            throw new InvalidPublicationException("The " + what + " is longer than " + max + " characters.");
        }
        return value.strip();
    }

    private static String trim(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new InvalidPublicationException("A field is longer than " + max + " characters.");
        }
        return v;
    }
}
