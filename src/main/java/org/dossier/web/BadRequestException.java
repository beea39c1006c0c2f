package org.dossier.web;

/** The request asked for something malformed; the message says what, in words a reader understands. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message, null, false, false);
    }
}
