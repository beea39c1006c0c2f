package org.dossier.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats the templates use. Dates are shown in UTC, the zone they are stored in. */
public final class Dates {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter
            .ofPattern("MMMM d, yyyy, h:mm a 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** "March 4, 2024"; empty for null. */
    public static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant);
    }

    /** "March 4, 2024, 2:30 PM UTC"; empty for null. */
    public static String displayTime(Instant instant) {
        return instant == null ? "" : DISPLAY_TIME.format(instant);
    }

    /** "2024-03-04", for {@code <time datetime>}; empty for null. */
    public static String isoDate(Instant instant) {
        return instant == null ? "" : ISO_DATE.format(instant);
    }

    /** Full ISO-8601 instant, for metadata. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
