package org.dossier.taxonomy;

/** A top-level area of the site, such as the blog or the reports; its listing is at {@code /{slug}/}. */
public record Section(long id, String slug, String name, String description, int position) {

    public String url() {
        return "/" + slug + "/";
    }
}
