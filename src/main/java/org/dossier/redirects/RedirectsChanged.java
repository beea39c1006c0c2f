package org.dossier.redirects;

import org.dossier.web.PublicContentChange;

/** The redirect table changed; the in-memory copy and cached pages are refreshed. */
public record RedirectsChanged() implements PublicContentChange {
}
