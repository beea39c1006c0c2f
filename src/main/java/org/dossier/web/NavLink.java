package org.dossier.web;

/** A link in the site's header or footer. */
public record NavLink(String label, String url) {
}
