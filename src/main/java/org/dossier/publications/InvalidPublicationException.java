package org.dossier.publications;

/** An input that cannot be saved; the message says why in words an editor understands. */
public class InvalidPublicationException extends RuntimeException {

    public InvalidPublicationException(String message) {
        super(message, null, false, false);
    }
}
