package org.dossier.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.web.BadRequestException;

/**
 * One search as the URL states it: query text, selected facet values, date range, order and page.
 * The URL holds the whole state, so results are shareable and the back button works.
 */
public record SearchRequest(String q, Map<String, List<String>> filters, LocalDate from, LocalDate to, Sort sort,
                            int page) {

    public static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 500;
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,120}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MAX_VALUES = 20;

    /** Result order. */
    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    /** Reads and checks request parameters; anything malformed is a {@link BadRequestException} saying what. */
    public static SearchRequest of(Map<String, String[]> params) {
        String q = first(params, "q");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            List<String> values = new ArrayList<>();
            for (String v : params.getOrDefault(dim, new String[0])) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                String value = v.strip();
                if (!VALUE.matcher(value).matches() || (dim.equals("year") && !YEAR.matcher(value).matches())) {
                    throw new BadRequestException("The " + dim + " filter '" + abbreviate(value) + "' is not valid.");
                }
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
            if (values.size() > MAX_VALUES) {
                throw new BadRequestException("At most " + MAX_VALUES + " values of the " + dim + " filter are allowed.");
            }
            if (!values.isEmpty()) {
                filters.put(dim, List.copyOf(values));
            }
        }
        LocalDate from = date(first(params, "from"), "from");
        LocalDate to = date(first(params, "to"), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("The 'from' date must not be after the 'to' date.");
        }
        return new SearchRequest(q == null ? "" : q, Map.copyOf(filters), from, to, sort(first(params, "sort")),
                page(first(params, "page")));
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || from != null || to != null;
    }

    public boolean selected(String dim, String value) {
        return filters.getOrDefault(dim, List.of()).contains(value);
    }

    /** The URL of this search with one facet value toggled (added or removed), back on page 1. */
    public String toggle(String dim, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(changed.getOrDefault(dim, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(dim, values);
        return new SearchRequest(q, changed, from, to, sort, 1).url();
    }

    public String withoutDates() {
        return new SearchRequest(q, filters, null, null, sort, 1).url();
    }

    public String withSort(Sort order) {
        return new SearchRequest(q, filters, from, to, order, 1).url();
    }

    public String withPage(int number) {
        return new SearchRequest(q, filters, from, to, sort, number).url();
    }

    public String withQuery(String text) {
        return new SearchRequest(text, filters, from, to, sort, 1).url();
    }

    /** {@code /search?…} with only the parameters that differ from the defaults. */
    public String url() {
        List<String> parts = new ArrayList<>();
        if (!q.isEmpty()) {
            parts.add("q=" + enc(q));
        }
        for (String dim : Fields.FACETS) {
            for (String v : filters.getOrDefault(dim, List.of())) {
                parts.add(dim + "=" + enc(v));
            }
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        if (sort != Sort.RELEVANCE) {
            parts.add("sort=" + sort.name().toLowerCase());
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        return "/search" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                throw new BadRequestException("The '" + name + "' date must be between years 1000 and 9999.");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The '" + name + "' date must look like 2024-03-31.");
        }
    }

    private static Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return Sort.RELEVANCE;
        }
        for (Sort s : Sort.values()) {
            if (s.name().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        throw new BadRequestException("The 'sort' parameter must be relevance, newest or oldest.");
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequestException("The 'page' parameter must be a whole number from 1 to " + MAX_PAGE + ".");
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
