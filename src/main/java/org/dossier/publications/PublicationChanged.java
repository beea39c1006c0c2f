package org.dossier.publications;

import java.util.List;
import org.dossier.web.PublicContentChange;

/**
 * Publications were created, edited, published, scheduled, withdrawn or deleted. Published inside
 * the writing transaction; listeners that touch other stores (the search index, mail) handle it
 * after commit, so they never see a change that was rolled back.
 */
public record PublicationChanged(List<Long> ids) implements PublicContentChange {
}
