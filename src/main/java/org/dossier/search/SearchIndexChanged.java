package org.dossier.search;

import org.dossier.web.PublicContentChange;

/** The index changed (an update, a repair, a switch to a rebuilt index): cached pages and "Total Index" refresh. */
record SearchIndexChanged() implements PublicContentChange {
}
