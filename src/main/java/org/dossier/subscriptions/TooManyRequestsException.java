package org.dossier.subscriptions;

/** A public form was posted too often from one address or for one email address. */
class TooManyRequestsException extends RuntimeException {

    TooManyRequestsException() {
        super("Too many requests. Please wait a while and try again.", null, false, false);
    }
}
