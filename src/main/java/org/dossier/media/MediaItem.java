package org.dossier.media;

import java.time.Instant;

/** A stored upload. For images {@code url} is the largest variant and width/height its size. */
public record MediaItem(long id, String kind, String url, String originalName, String mediaType, Integer width,
                        Integer height, long sizeBytes, String createdBy, Instant createdAt) {

    public boolean image() {
        return kind.equals("image");
    }
}
