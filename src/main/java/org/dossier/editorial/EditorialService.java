package org.dossier.editorial;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dossier.accounts.AuditLog;
import org.dossier.accounts.SignedIn;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.PublicationService;
import org.dossier.publications.Revision;
import org.dossier.publications.RevisionRepository;
import org.dossier.publications.Status;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what to a publication, on top of {@link PublicationService}. Admins and editors do
 * everything; authors edit their own drafts and submit them for review; contributors edit their
 * own drafts only. Published or scheduled items are for editors alone. Each method is one
 * transaction that also writes the audit log.
 */
@Service
public class EditorialService {

    private final PublicationService publications;
    private final PublicationRepository repository;
    private final RevisionRepository revisions;
    private final Permissions permissions;
    private final Workflow workflow;
    private final Pickers pickers;
    private final AuditLog audit;
    private final Clock clock;

    EditorialService(PublicationService publications, PublicationRepository repository, RevisionRepository revisions,
                     Permissions permissions, Workflow workflow, Pickers pickers, AuditLog audit,
                     Clock clock) {
        this.pickers = pickers;
        this.publications = publications;
        this.repository = repository;
        this.revisions = revisions;
        this.permissions = permissions;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** A publication the user may open in the editor. */
    public Publication open(SignedIn user, long id) {
        Publication p = repository.byId(id).orElseThrow(() -> new NotFoundException("publication " + id));
        permissions.checkCanEdit(user, p);
        return p;
    }

    /**
     * Saves from the editor with the status the action implies; returns the id. Throws
     * {@link InvalidPublicationException} for bad input and {@link NotAllowedException} for a
     * forbidden action.
     */
    @Transactional
    public long save(SignedIn user, PublicationInput in, EditAction action) {
        Optional<Publication> existing = in.id() == null ? Optional.empty() : repository.byId(in.id());
        if (in.id() != null && existing.isEmpty()) {
            throw new NotFoundException("publication " + in.id());
        }
        existing.ifPresent(p -> permissions.checkCanEdit(user, p));
        Status status = Permissions.statusFor(user, action, existing.map(Publication::status).orElse(Status.DRAFT));
        PublicationInput toSave = withStatus(in, status);
        long id = publications.save(toSave, user.email());
        workflow.claim(id, user.id());
        if (action == EditAction.SUBMIT) {
            workflow.review(id, clock.millis());
        } else if (status == Status.PUBLISHED || status == Status.SCHEDULED) {
            workflow.review(id, null);
        }
        String verb = switch (action) {
            case SAVE -> existing.isEmpty() ? "publication.create" : "publication.save";
            case SUBMIT -> "publication.submit";
            case SCHEDULE -> "publication.schedule";
            case PUBLISH -> "publication.publish";
        };
        audit.record(user.email(), verb, "#" + id + " " + in.title(), status.db());
        return id;
    }

    /** Comma-separated names typed into the editor's author, topic, region and tag fields. */
    public record Names(String authors, String topics, String regions, String tags) {
    }

    /**
     * Saves from the editor, turning typed names into experts and terms (created when new) in the
     * same transaction, so a refused save creates nothing.
     */
    @Transactional
    public long save(SignedIn user, PublicationInput in, Names names, EditAction action) {
        return save(user, in, names, action, null);
    }

    /**
     * As {@link #save(SignedIn, PublicationInput, Names, EditAction)}, refusing with
     * {@link EditConflictException} when the publication is no longer at {@code loadedVersion} (the
     * version the editor form was opened at); null skips the check.
     */
    @Transactional
    public long save(SignedIn user, PublicationInput in, Names names, EditAction action, Integer loadedVersion) {
        // first statement of the transaction, so on SQLite the write lock comes before any read
        if (in.id() != null && loadedVersion != null && !repository.lockAtVersion(in.id(), loadedVersion)) {
            repository.byId(in.id()).orElseThrow(() -> new NotFoundException("publication " + in.id()));
            throw new EditConflictException(in.id());
        }
        publications.validate(in);
        long now = clock.millis();
        PublicationInput resolved = new PublicationInput(in.id(), in.externalId(), in.sectionId(), in.typeId(),
                in.slug(), in.title(), in.subtitle(), in.summary(), in.bodyMd(), in.status(), in.publishedAt(),
                in.updatedAt(), pickers.experts(names.authors(), now),
                pickers.terms(org.dossier.taxonomy.TermKind.TOPIC, names.topics()),
                pickers.terms(org.dossier.taxonomy.TermKind.REGION, names.regions()),
                pickers.terms(org.dossier.taxonomy.TermKind.TAG, names.tags()), in.image(), in.event(),
                in.attachments());
        return save(user, resolved, action);
    }

    /** Takes a publication down (410 from then on). Editors only. */
    @Transactional
    public void withdraw(SignedIn user, long id) {
        Permissions.requireEditor(user);
        Publication p = repository.byId(id).orElseThrow(() -> new NotFoundException("publication " + id));
        publications.withdraw(id);
        audit.record(user.email(), "publication.withdraw", "#" + id + " " + p.title(), "");
    }

    /** Publishes now. Editors only. */
    @Transactional
    public void publish(SignedIn user, long id) {
        Permissions.requireEditor(user);
        Publication p = repository.byId(id).orElseThrow(() -> new NotFoundException("publication " + id));
        publications.publish(id);
        workflow.review(id, null);
        audit.record(user.email(), "publication.publish", "#" + id + " " + p.title(), "");
    }

    /**
     * Restores the content of a revision (as a new revision); the current status and publication
     * time are kept, so restoring never publishes or unpublishes anything by itself.
     */
    @Transactional
    public long restore(SignedIn user, long id, int number) {
        Publication current = open(user, id);
        Revision revision = revisions.get(id, number)
                .orElseThrow(() -> new NotFoundException("revision " + number + " of " + id));
        PublicationInput old = revision.input();
        PublicationInput in = new PublicationInput(id, old.externalId(), old.sectionId(), old.typeId(), old.slug(),
                old.title(), old.subtitle(), old.summary(), old.bodyMd(), current.status(), current.publishedAt(),
                null, old.authorIds(), old.topicIds(), old.regionIds(), old.tagIds(), old.image(), old.event(),
                old.attachments());
        publications.save(in, user.email());
        audit.record(user.email(), "publication.restore", "#" + id + " " + old.title(), "revision " + number);
        return id;
    }

    public List<Revision> revisions(SignedIn user, long id) {
        open(user, id);
        return revisions.of(id);
    }

    public boolean reviewRequested(long id) {
        return workflow.reviewRequested(id).isPresent();
    }

    /** Authors and contributors see only their own work in lists; null means everything. */
    public Long listOwner(SignedIn user) {
        return user.role().editsAll() ? null : user.id();
    }

    private static PublicationInput withStatus(PublicationInput in, Status status) {
        return new PublicationInput(in.id(), in.externalId(), in.sectionId(), in.typeId(), in.slug(), in.title(),
                in.subtitle(), in.summary(), in.bodyMd(), status, in.publishedAt(), in.updatedAt(), in.authorIds(),
                in.topicIds(), in.regionIds(), in.tagIds(), in.image(), in.event(), in.attachments());
    }
}
