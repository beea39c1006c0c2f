package org.dossier.experts;

/** What an editor, the importer or the demo generator supplies to create or update an expert. */
public record ExpertInput(String slug, String name, String title, String affiliation, String bioMd,
                          String photoUrl, String photoAlt) {
}
