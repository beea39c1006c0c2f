package org.dossier.web;

/**
 * Marker for application events after which public pages may look different (a publish, an edit,
 * a withdrawal, a new section name). The page cache and the layout data listen for it.
 */
public interface PublicContentChange {
}
