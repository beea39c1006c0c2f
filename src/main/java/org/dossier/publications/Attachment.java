package org.dossier.publications;

/** A file that belongs to a publication, such as the PDF of a report. */
public record Attachment(long id, String title, String url, String mediaType, Long sizeBytes) {

    /** "PDF, 1.2 MB", or just the type when the size is unknown. */
    public String description() {
        String kind = mediaType.equals("application/pdf") ? "PDF" : mediaType;
        if (sizeBytes == null) {
            return kind;
        }
        double kb = sizeBytes / 1024.0;
        return kb < 1024 ? String.format("%s, %.0f KB", kind, kb) : String.format("%s, %.1f MB", kind, kb / 1024);
    }
}
