package org.dossier.web;

/** The item was public once and has been withdrawn: answered with the 410 page. */
public class GoneException extends RuntimeException {

    public GoneException(String what) {
        super(what, null, false, false);
    }
}
