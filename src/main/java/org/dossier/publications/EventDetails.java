package org.dossier.publications;

import java.time.Instant;

/** When and where an event takes place. */
public record EventDetails(Instant start, Instant end, String location) {
}
