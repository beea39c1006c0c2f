package org.dossier.publications;

/** An attachment as supplied by an editor or an import. */
public record AttachmentInput(String title, String url, String mediaType, Long sizeBytes) {
}
