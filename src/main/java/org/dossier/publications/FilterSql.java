package org.dossier.publications;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.taxonomy.TermKind;

/** The WHERE clause of a {@link PublicationFilter}, always starting with "published only"; for repositories. */
record FilterSql(String sql, Map<String, Object> params) {

    static FilterSql of(PublicationFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE p.status = 'published'");
        Map<String, Object> params = new HashMap<>();
        in(sql, params, "p.section_id", "sections", filter.sections());
        in(sql, params, "p.type_id", "types", filter.types());
        linked(sql, params, "publication_authors", "expert_id", "experts", filter.experts());
        for (TermKind kind : TermKind.values()) {
            linked(sql, params, kind.linkTable(), kind.linkColumn(), "terms_" + kind.table(),
                    filter.terms().getOrDefault(kind, Set.of()));
        }
        if (!filter.years().isEmpty()) {
            List<Integer> years = filter.years().stream().sorted().toList();
            sql.append(" AND (");
            for (int i = 0; i < years.size(); i++) {
                sql.append(i > 0 ? " OR " : "").append("(p.published_at >= :yearStart").append(i)
                        .append(" AND p.published_at < :yearEnd").append(i).append(')');
                params.put("yearStart" + i, startOf(years.get(i)));
                params.put("yearEnd" + i, startOf(years.get(i) + 1));
            }
            sql.append(')');
        }
        if (filter.from() != null) {
            sql.append(" AND p.published_at >= :from");
            params.put("from", filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            sql.append(" AND p.published_at < :to");
            params.put("to", filter.to().toEpochMilli());
        }
        return new FilterSql(sql.toString(), params);
    }

    private static void in(StringBuilder sql, Map<String, Object> params, String column, String name, Set<Long> ids) {
        if (!ids.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (:").append(name).append(')');
            params.put(name, List.copyOf(ids));
        }
    }

    private static void linked(StringBuilder sql, Map<String, Object> params, String table, String column, String name,
                               Set<Long> ids) {
        if (!ids.isEmpty()) {
            sql.append(" AND p.id IN (SELECT publication_id FROM ").append(table).append(" WHERE ").append(column)
                    .append(" IN (:").append(name).append("))");
            params.put(name, List.copyOf(ids));
        }
    }

    private static long startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
