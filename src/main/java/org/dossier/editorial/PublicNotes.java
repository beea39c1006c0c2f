package org.dossier.editorial;

import java.util.Optional;
import org.dossier.accounts.AuditLog;
import org.dossier.accounts.SignedIn;
import org.dossier.publications.CorrectionRepository;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What editors publish about a publication besides its text: the corrections log and secret preview links. */
@Service
public class PublicNotes {

    private final PublicationRepository repository;
    private final CorrectionRepository corrections;
    private final EditorialService editorial;
    private final Workflow workflow;
    private final AuditLog audit;

    PublicNotes(PublicationRepository repository, CorrectionRepository corrections, EditorialService editorial,
                Workflow workflow, AuditLog audit) {
        this.repository = repository;
        this.corrections = corrections;
        this.editorial = editorial;
        this.workflow = workflow;
        this.audit = audit;
    }

    @Transactional
    public void addCorrection(SignedIn user, long id, String note) {
        Permissions.requireEditor(user);
        Publication p = repository.byId(id).orElseThrow(() -> new NotFoundException("publication " + id));
        corrections.add(id, note, user.email());
        audit.record(user.email(), "publication.correction", "#" + id + " " + p.title(), note);
    }

    @Transactional
    public void deleteCorrection(SignedIn user, long id, long correctionId) {
        Permissions.requireEditor(user);
        corrections.delete(id, correctionId);
        audit.record(user.email(), "publication.correction-delete", "#" + id, "correction " + correctionId);
    }

    /** The secret address at which a draft can be read without signing in. */
    @Transactional
    public String previewPath(SignedIn user, long id) {
        editorial.open(user, id);
        return "/admin/preview/" + workflow.previewToken(id);
    }

    /** The publication behind a preview token, whatever its status. */
    public Optional<Publication> byPreviewToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return workflow.byPreviewToken(token).flatMap(repository::byId);
    }
}
