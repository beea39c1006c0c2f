package org.dossier.admin;

/** One line of a diff: unchanged, removed or added. */
public record DiffLine(Kind kind, String text) {

    public enum Kind { SAME, DEL, ADD }

    public String cssClass() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String marker() {
        return switch (kind) {
            case SAME -> "  ";
            case DEL -> "- ";
            case ADD -> "+ ";
        };
    }
}
