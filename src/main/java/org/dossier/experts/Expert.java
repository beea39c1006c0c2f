package org.dossier.experts;

/** An expert's profile. {@code bioHtml} is sanitised HTML rendered from {@code bioMd} when saved. */
public record Expert(long id, String slug, String name, String title, String affiliation,
                     String bioMd, String bioHtml, String photoUrl, String photoAlt) {

    public String url() {
        return "/experts/" + slug;
    }

    /** "Non-Resident Fellow, Hanbridge Institute", or whichever part is known. */
    public String role() {
        if (title.isBlank()) {
            return affiliation;
        }
        return affiliation.isBlank() ? title : title + ", " + affiliation;
    }
}
