package org.dossier.importer;

/** A line that cannot be imported; the message says why, in words an editor can act on. */
class BadLineException extends RuntimeException {

    BadLineException(String reason) {
        super(reason);
    }
}
