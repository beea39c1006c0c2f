package org.dossier.web;

/** Nothing public lives at the requested address: answered with the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what, null, false, false);
    }
}
