package org.dossier.subscriptions;

/** A form field (or link) was not acceptable; the message says why in plain words. Nothing was changed. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    InvalidInputException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
