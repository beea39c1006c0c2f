package org.dossier.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicationFilter;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Checks paging parameters and turns filter parameters into a {@link PublicationFilter}, with a clear
 * message naming the parameter for each mistake. Every facet takes several values, repeated
 * ({@code topic=a&topic=b}) or comma-separated ({@code topic=a,b}).
 */
@Component
class ApiQuery {

    static final int MAX_VALUES = 20;

    /** The request's filter values as given (normalised), by parameter name, for the page links. */
    record Filters(PublicationFilter filter, Map<String, List<String>> given) {
    }

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final ApiProperties settings;

    ApiQuery(TaxonomyRepository taxonomy, ExpertRepository experts, ApiProperties settings) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.settings = settings;
    }

    void checkPage(int page, int size) {
        if (page < 1) {
            throw new BadRequestException("'page' starts at 1.");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            throw new BadRequestException("'size' must be between 1 and " + settings.maxPageSize() + ".");
        }
    }

    /** The filter for these parameter values (each list may be null); unknown slugs and bad values are a 400. */
    Filters filters(List<String> section, List<String> type, List<String> author, List<String> expert,
                    List<String> topic, List<String> region, List<String> tag, List<String> year, String from,
                    String to) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        Set<Long> sections = ids("section", section, given, s -> taxonomy.section(s).map(x -> x.id()));
        Set<Long> types = ids("type", type, given, s -> taxonomy.type(s).map(x -> x.id()));
        Set<Long> authors = ids("author", author, given, s -> experts.bySlug(s).map(x -> x.id()));
        authors.addAll(ids("expert", expert, given, s -> experts.bySlug(s).map(x -> x.id())));
        Map<TermKind, Set<Long>> terms = new EnumMap<>(TermKind.class);
        terms.put(TermKind.TOPIC, ids("topic", topic, given, s -> taxonomy.term(TermKind.TOPIC, s).map(x -> x.id())));
        terms.put(TermKind.REGION, ids("region", region, given, s -> taxonomy.term(TermKind.REGION, s).map(x -> x.id())));
        terms.put(TermKind.TAG, ids("tag", tag, given, s -> taxonomy.term(TermKind.TAG, s).map(x -> x.id())));
        Set<Integer> years = new LinkedHashSet<>();
        for (String y : values("year", year, given)) {
            if (!y.matches("\\d{4}")) {
                throw new BadRequestException("'year' takes four-digit years such as 2024, not '" + shorten(y) + "'.");
            }
            years.add(Integer.parseInt(y));
        }
        LocalDate start = date("from", from, given);
        LocalDate end = date("to", to, given);
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadRequestException("'from' (" + start + ") must not be after 'to' (" + end + ").");
        }
        var filter = new PublicationFilter(sections, types, authors, terms, years,
                start == null ? null : start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return new Filters(filter, given);
    }

    private static Set<Long> ids(String parameter, List<String> raw, Map<String, List<String>> given,
                                 Function<String, Optional<Long>> lookup) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String slug : values(parameter, raw, given)) {
            ids.add(lookup.apply(slug).orElseThrow(() -> new BadRequestException(
                    "There is no " + parameter + " '" + shorten(slug) + "' (parameter '" + parameter + "').")));
        }
        return ids;
    }

    /** Splits repeated and comma-separated values, drops blanks and repeats, and caps how many there are. */
    private static List<String> values(String parameter, List<String> raw, Map<String, List<String>> given) {
        List<String> out = new ArrayList<>();
        for (String item : raw == null ? List.<String>of() : raw) {
            for (String v : (item == null ? "" : item).split(",")) {
                String value = v.strip();
                if (!value.isEmpty() && !out.contains(value)) {
                    out.add(value);
                }
            }
        }
        if (out.size() > MAX_VALUES) {
            throw new BadRequestException("'" + parameter + "' takes at most " + MAX_VALUES + " values.");
        }
        if (!out.isEmpty()) {
            given.put(parameter, List.copyOf(out));
        }
        return out;
    }

    private static LocalDate date(String parameter, String raw, Map<String, List<String>> given) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            given.put(parameter, List.of(date.toString()));
            return date;
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + parameter + "' must be a date such as 2024-03-31, not '"
                    + shorten(raw) + "'.");
        }
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }
}
