package org.dossier.taxonomy;

/** Kind of publication; {@code schemaType} is the schema.org type used in JSON-LD. */
public record PublicationType(long id, String slug, String name, String plural, String schemaType) {
}
