package org.dossier.publications;

/** The picture at the top of a publication, with what readers and the law need beside it. */
public record FeaturedImage(String url, String alt, String caption, String credit, String licence) {
}
