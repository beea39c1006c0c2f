package org.dossier.accounts;

import java.util.Locale;

/** What a back-office user may do; each role includes nothing implicitly, checks name the roles they allow. */
public enum Role {
    /** Everything, including accounts and the audit log. */
    ADMIN,
    /** All content, redirects, experts, taxonomy, newsletters, subscribers, synonyms. */
    EDITOR,
    /** Own drafts; may submit them for review. */
    AUTHOR,
    /** Own drafts only. */
    CONTRIBUTOR;

    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, {@code ROLE_ADMIN} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** True for roles that may publish, withdraw and edit anyone's work. */
    public boolean editsAll() {
        return this == ADMIN || this == EDITOR;
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Parses user input; null when it names no role. */
    public static Role parse(String value) {
        for (Role r : values()) {
            if (value != null && r.name().equalsIgnoreCase(value.trim())) {
                return r;
            }
        }
        return null;
    }
}
