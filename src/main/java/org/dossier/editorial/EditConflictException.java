package org.dossier.editorial;

/**
 * A save from the editor was made over a version someone else has replaced since the form was
 * opened. Nothing was written; the screen shows the user's text back with what changed.
 */
public class EditConflictException extends RuntimeException {

    private final long publicationId;

    public EditConflictException(long publicationId) {
        super("Publication " + publicationId + " was changed by someone else after this form was opened.");
        this.publicationId = publicationId;
    }

    public long publicationId() {
        return publicationId;
    }
}
