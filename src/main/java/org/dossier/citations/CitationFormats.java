package org.dossier.citations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** BibTeX, RIS and CSL-JSON: the files reference managers import. */
final class CitationFormats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CitationFormats() {
    }

    static String bibtex(Citation c) {
        boolean report = "report".equals(c.typeSlug());
        StringBuilder sb = new StringBuilder("@").append(report ? "techreport" : "misc").append('{').append(key(c))
                .append(",\n");
        if (!c.authors().isEmpty()) {
            field(sb, "author", String.join(" and ", c.authors().stream().map(Citation.Name::familyFirst)
                    .map(CitationFormats::tex).toList()));
        }
        field(sb, "title", "{" + tex(c.title()) + "}");
        field(sb, report ? "institution" : "publisher", tex(c.publisher()));
        if (c.date() != null) {
            field(sb, "year", String.valueOf(c.date().getYear()));
            field(sb, "month", c.date().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT));
        }
        field(sb, "url", c.url());
        field(sb, "howpublished", "\\url{" + c.url() + "}");
        field(sb, "note", tex(c.typeName()));
        return sb.append("}\n").toString();
    }

    static String ris(Citation c) {
        StringBuilder sb = new StringBuilder();
        ris(sb, "TY", switch (c.typeSlug()) {
            case "report" -> "RPRT";
            case "blog-post" -> "BLOG";
            default -> "ELEC";
        });
        c.authors().forEach(a -> ris(sb, "AU", a.familyFirst()));
        ris(sb, "TI", c.title());
        if (c.date() != null) {
            ris(sb, "PY", String.valueOf(c.date().getYear()));
            ris(sb, "DA", String.format("%04d/%02d/%02d", c.date().getYear(), c.date().getMonthValue(),
                    c.date().getDayOfMonth()));
        }
        ris(sb, "PB", c.publisher());
        ris(sb, "UR", c.url());
        if (c.pdfUrl() != null) {
            ris(sb, "L1", c.pdfUrl());
        }
        if (c.summary() != null && !c.summary().isBlank()) {
            ris(sb, "AB", c.summary());
        }
        ris(sb, "M3", c.typeName());
        return sb.append("ER  - \r\n").toString();
    }

    static String cslJson(Citation c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "dossier-" + c.id());
        item.put("type", switch (c.typeSlug()) {
            case "report" -> "report";
            case "blog-post" -> "post-weblog";
            default -> "article";
        });
        item.put("title", c.title());
        List<Map<String, String>> authors = new ArrayList<>();
        for (Citation.Name n : c.authors()) {
            Map<String, String> name = new LinkedHashMap<>();
            name.put("family", n.family());
            if (!n.given().isEmpty()) {
                name.put("given", n.given());
            }
            authors.add(name);
        }
        if (!authors.isEmpty()) {
            item.put("author", authors);
        }
        if (c.date() != null) {
            item.put("issued", java.util.Collections.singletonMap("date-parts", List.of(List.of(c.date().getYear(), c.date().getMonthValue(),
                    c.date().getDayOfMonth()))));
        }
        item.put("publisher", c.publisher());
        item.put("URL", c.url());
        item.put("genre", c.typeName());
        if (c.summary() != null && !c.summary().isBlank()) {
            item.put("abstract", c.summary());
        }
        return JSON.writeValueAsString(List.of(item));
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static void ris(StringBuilder sb, String tag, String value) {
        sb.append(tag).append("  - ").append(value.replace('\n', ' ').replace('\r', ' ')).append("\r\n");
    }

    /** Escapes the characters BibTeX treats specially. */
    static String tex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(ch);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String key(Citation c) {
        String who = c.authors().isEmpty() ? "dossier" : c.authors().get(0).family();
        String word = c.title().split("\\s+")[0];
        String raw = who + (c.date() == null ? "" : String.valueOf(c.date().getYear())) + word;
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        return ascii.isEmpty() ? "dossier" + c.id() : ascii.toLowerCase(Locale.ROOT);
    }
}
