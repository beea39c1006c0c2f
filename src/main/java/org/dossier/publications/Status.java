package org.dossier.publications;

import java.util.Locale;

/** Where a publication is in its life. Only {@link #PUBLISHED} is ever shown to readers. */
public enum Status {
    DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN;

    /** The value stored in the database. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Parses user input ("draft", "Published", …); null when it names no status. */
    public static Status parse(String value) {
        if (value == null) {
            return null;
        }
        for (Status s : values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return s;
            }
        }
        return null;
    }
}
