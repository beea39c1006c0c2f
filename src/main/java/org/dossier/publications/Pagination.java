package org.dossier.publications;

import org.dossier.web.BadRequestException;
import org.dossier.web.NotFoundException;
import org.dossier.web.Paged;

/** Checks a requested page number against a listing. */
final class Pagination {

    static final int PAGE_SIZE = 20;

    private Pagination() {
    }

    static int requested(int page) {
        if (page < 1) {
            throw new BadRequestException("The page number must be 1 or more.");
        }
        return page;
    }

    /** Past the last page there is nothing: 404, except for an empty first page. */
    static <T> Paged<T> existing(Paged<T> paged) {
        if (paged.page() > 1 && paged.items().isEmpty()) {
            throw new NotFoundException("page " + paged.page());
        }
        return paged;
    }
}
