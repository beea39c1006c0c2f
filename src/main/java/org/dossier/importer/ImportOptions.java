package org.dossier.importer;

/**
 * How to import a file.
 *
 * @param section   section slug for lines that name none ({@code archive} when null)
 * @param type      type slug for lines that name none ({@code article} when null)
 * @param batchSize publications per write transaction
 * @param titleFromBody whether a line without a title takes the first line of its body instead of being skipped
 */
public record ImportOptions(String section, String type, int batchSize, boolean titleFromBody) {

    static final String DEFAULT_SECTION = "archive";
    static final String DEFAULT_TYPE = "article";

    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1.");
        }
    }

    ImportOptions(String section, String type, int batchSize) {
        this(section, type, batchSize, false);
    }
}
