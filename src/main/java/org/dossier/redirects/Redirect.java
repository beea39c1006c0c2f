package org.dossier.redirects;

/** {@code fromPath} (path, optionally with its query string) answers {@code status} pointing to {@code toPath}. */
public record Redirect(String fromPath, String toPath, int status) {
}
