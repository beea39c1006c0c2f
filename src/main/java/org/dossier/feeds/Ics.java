package org.dossier.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dossier.publications.Publication;

/** iCalendar (RFC 5545) for events: escaped text, UTC times, CRLF line ends and lines folded at 75 octets. */
final class Ics {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Ics() {
    }

    static String calendar(String name, String host, String origin, List<Publication> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Dossier//" + escape(name) + "//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Publication p : events) {
            if (p.event() == null) {
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:publication-" + p.id() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(p.updatedAt()));
            line(out, "DTSTART:" + UTC.format(p.event().start()));
            Instant end = p.event().end() != null ? p.event().end() : p.event().start().plusSeconds(3600);
            line(out, "DTEND:" + UTC.format(end));
            line(out, "SUMMARY:" + escape(p.title()));
            if (p.summary() != null && !p.summary().isBlank()) {
                line(out, "DESCRIPTION:" + escape(p.summary()));
            }
            if (p.event().location() != null && !p.event().location().isBlank()) {
                line(out, "LOCATION:" + escape(p.event().location()));
            }
            line(out, "URL:" + origin + p.url());
            line(out, "SEQUENCE:" + p.version());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes one content line, folding it so no physical line exceeds 75 octets (never inside a UTF-8 sequence). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
