package org.dossier.publications;

import java.time.Instant;

/** A dated public note on a publication: "Corrected on March 4, 2024: the GDP figure was for 2022." */
public record Correction(long id, long publicationId, Instant correctedAt, String note, String createdBy) {
}
