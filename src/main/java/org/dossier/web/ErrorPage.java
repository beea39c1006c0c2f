package org.dossier.web;

/** Model of the error page: the status and a sentence that says what went wrong. */
public record ErrorPage(Chrome chrome, Meta meta, int status, String heading, String message) {
}
