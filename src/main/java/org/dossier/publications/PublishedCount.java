package org.dossier.publications;

import org.dossier.web.IndexSize;

/** "Total Index" before (or without) the search index: the number of published items in the database. */
class PublishedCount implements IndexSize {

    private final PublicationRepository repository;

    PublishedCount(PublicationRepository repository) {
        this.repository = repository;
    }

    @Override
    public long publications() {
        return repository.countPublished();
    }
}
