package org.dossier.newsletter;

/** A newsletter request cannot be done as asked; the message says why. Nothing was changed. */
public class InvalidNewsletterException extends RuntimeException {

    public InvalidNewsletterException(String message) {
        super(message, null, false, false);
    }
}
