package org.dossier.editorial;

import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;
import org.dossier.publications.Publication;
import org.dossier.publications.Status;
import org.springframework.stereotype.Component;

/**
 * The role rules of the editorial workflow in one place: admins and editors do everything;
 * authors and contributors touch only their own drafts; only authors (and editors) submit for
 * review; only editors schedule, publish, withdraw and correct.
 */
@Component
class Permissions {

    private final Workflow workflow;

    Permissions(Workflow workflow) {
        this.workflow = workflow;
    }

    void checkCanEdit(SignedIn user, Publication p) {
        if (user.role().editsAll()) {
            return;
        }
        boolean own = workflow.owner(p.id()).map(o -> o == user.id()).orElse(false);
        if (!own) {
            throw new NotAllowedException("You can edit only your own publications.");
        }
        if (p.status() != Status.DRAFT) {
            throw new NotAllowedException("Only an editor can change a publication that is scheduled, published or withdrawn.");
        }
    }

    static Status statusFor(SignedIn user, EditAction action, Status current) {
        boolean editor = user.role().editsAll();
        return switch (action) {
            case SAVE -> current;
            case SUBMIT -> {
                if (user.role() != Role.AUTHOR && !editor) {
                    throw new NotAllowedException("Contributors cannot submit for review; an editor will pick up your draft.");
                }
                yield Status.DRAFT;
            }
            case SCHEDULE -> {
                if (!editor) {
                    throw new NotAllowedException("Only editors can schedule publications.");
                }
                yield Status.SCHEDULED;
            }
            case PUBLISH -> {
                if (!editor) {
                    throw new NotAllowedException("Only editors can publish.");
                }
                yield Status.PUBLISHED;
            }
        };
    }

    static void requireEditor(SignedIn user) {
        if (!user.role().editsAll()) {
            throw new NotAllowedException("Only editors and admins can do this.");
        }
    }
}
