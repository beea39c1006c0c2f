package org.dossier.editorial;

/** The signed-in user's role does not allow this action on this publication (answered with 403). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
