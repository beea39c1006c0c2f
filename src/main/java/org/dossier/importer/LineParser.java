package org.dossier.importer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses and checks one JSONL line; anything wrong becomes a {@link BadLineException} with the
 * reason. Safe to share between threads (Jackson's mapper is).
 */
final class LineParser {

    private static final int MAX_YEAR = 9999;
    private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d\\d:?\\d\\d$");
    private static final int MAX_DERIVED_TITLE = 120;
    private final JsonMapper json = JsonMapper.builder().build();
    private final boolean titleFromBody;

    LineParser(boolean titleFromBody) {
        this.titleFromBody = titleFromBody;
    }

    LineParser() {
        this(false);
    }

    ImportLine parse(long lineNumber, String text) {
        return parse(lineNumber, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a line as read from the file, in UTF-8. */
    ImportLine parse(long lineNumber, byte[] utf8) {
        JsonNode node;
        try {
            node = json.readTree(utf8);
        } catch (JacksonException e) {
            throw new BadLineException("not valid JSON (" + firstLineOf(e.getOriginalMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLineException("not a JSON object");
        }
        if (!node.has("body") || !(node.get("body").isString() || node.get("body").isNull())) {
            throw new BadLineException("no body (a string is required, it may be empty)");
        }
        String title = string(node, "title");
        if ((title == null || title.isBlank()) && titleFromBody) {
            title = firstLine(string(node, "body"));
        }
        if (title == null || title.isBlank()) {
            throw new BadLineException("no title");
        }
        List<String> authors = new ArrayList<>(list(node, "authors"));
        String author = string(node, "author");
        if (author != null && !author.isBlank()) {
            authors.add(0, author);
        }
        List<String> topics = new ArrayList<>(list(node, "topics"));
        String category = string(node, "category");
        if (category != null && !category.isBlank()) {
            topics.add(0, category);
        }
        String id = node.has("id") && !node.get("id").isNull() ? node.get("id").asString().strip() : null;
        return new ImportLine(lineNumber, id == null || id.isEmpty() ? null : id, title.strip(),
                PlainText.toMarkdown(string(node, "body")), date(node.get("date")), authors, topics,
                list(node, "regions"), list(node, "tags"), string(node, "summary"), string(node, "section"),
                string(node, "type"), string(node, "status"));
    }

    /** ISO date, ISO date-time (with or without offset; without means UTC), or a year. */
    static Instant date(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new BadLineException("no date");
        }
        String value = node.asString().strip();
        try {
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                if (year < 1 || year > MAX_YEAR) {
                    throw new BadLineException("date year out of range: " + value);
                }
                return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.endsWith("Z") || OFFSET.matcher(value).find()) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadLineException("date is not an ISO date, date-time or year: \"" + abbreviate(value) + "\"");
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if ((value.isArray() || value.isObject())) {
            throw new BadLineException("\"" + field + "\" must be a string");
        }
        return value.asString();
    }

    /** A list field; a single string counts as a list of one, empty strings are dropped. */
    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>(value.size());
            for (JsonNode item : value.values()) {
                if ((item.isArray() || item.isObject())) {
                    throw new BadLineException("\"" + field + "\" must list strings");
                }
                if (!item.isNull() && !item.asString().isBlank()) {
                    items.add(item.asString().strip());
                }
            }
            return items;
        }
        if (value.isObject()) {
            throw new BadLineException("\"" + field + "\" must be a string or a list of strings");
        }
        return value.asString().isBlank() ? List.of() : List.of(value.asString().strip());
    }

    /** The first non-blank line of a body, shortened at a word, as a stand-in title. */
    static String firstLine(String body) {
        if (body == null) {
            return null;
        }
        String line = body.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= MAX_DERIVED_TITLE) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_DERIVED_TITLE - 1);
        return line.substring(0, cut > 40 ? cut : MAX_DERIVED_TITLE - 1) + "…";
    }

    private static String firstLineOf(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return abbreviate(line);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
