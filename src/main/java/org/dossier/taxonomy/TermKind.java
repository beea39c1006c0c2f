package org.dossier.taxonomy;

/** The three flat vocabularies. Each has its own table, link table and URL prefix. */
public enum TermKind {
    TOPIC("topics", "publication_topics", "topic_id", "Topic"),
    REGION("regions", "publication_regions", "region_id", "Region"),
    TAG("tags", "publication_tags", "tag_id", "Tag");

    private final String table;
    private final String linkTable;
    private final String linkColumn;
    private final String label;

    TermKind(String table, String linkTable, String linkColumn, String label) {
        this.table = table;
        this.linkTable = linkTable;
        this.linkColumn = linkColumn;
        this.label = label;
    }

    /** Table of the terms; also the first path segment of their pages ({@code /topics/…}). */
    public String table() {
        return table;
    }

    public String linkTable() {
        return linkTable;
    }

    public String linkColumn() {
        return linkColumn;
    }

    public String label() {
        return label;
    }

    public String path(String slug) {
        return "/" + table + "/" + slug;
    }
}
