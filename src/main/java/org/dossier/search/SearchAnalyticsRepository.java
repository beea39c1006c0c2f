package org.dossier.search;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Query counts: how often each query was searched, how often it found nothing, and its last result count. */
@Repository
class SearchAnalyticsRepository {

    private final JdbcClient jdbc;

    SearchAnalyticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One query's numbers, as the editors' JSON endpoint shows them. */
    record QueryStat(String query, long searches, long zeroResults, long lastResults, long lastSearchedAt) {
    }

    void add(String query, long searches, long zero, long lastResults, long now) {
        jdbc.sql("""
                INSERT INTO search_queries (query, searches, zero_results, last_results, last_searched_at)
                VALUES (:query, :searches, :zero, :last, :now)
                ON CONFLICT (query) DO UPDATE SET searches = search_queries.searches + excluded.searches,
                  zero_results = search_queries.zero_results + excluded.zero_results,
                  last_results = excluded.last_results, last_searched_at = excluded.last_searched_at""")
                .param("query", query).param("searches", searches).param("zero", zero).param("last", lastResults)
                .param("now", now).update();
    }

    /** Adds to one day's totals (epoch day, UTC). */
    void addDay(long day, long searches, long zero) {
        jdbc.sql("""
                INSERT INTO search_query_days (day, searches, zero_results) VALUES (:day, :searches, :zero)
                ON CONFLICT (day) DO UPDATE SET searches = search_query_days.searches + excluded.searches,
                  zero_results = search_query_days.zero_results + excluded.zero_results""")
                .param("day", day).param("searches", searches).param("zero", zero).update();
    }

    /** Day totals from {@code fromDay} on (epoch days), oldest first; days without searches are absent. */
    List<SearchAnalyticsReport.Day> days(long fromDay) {
        return jdbc.sql("SELECT day, searches, zero_results FROM search_query_days WHERE day >= :from ORDER BY day")
                .param("from", fromDay).query(SearchAnalyticsReport.Day.class).list();
    }

    /** Most searched queries first; with {@code zeroOnly}, only those whose last search found nothing. */
    List<QueryStat> top(boolean zeroOnly, int limit) {
        String where = zeroOnly ? " WHERE last_results = 0" : "";
        return jdbc.sql("SELECT query, searches, zero_results, last_results, last_searched_at FROM search_queries"
                        + where + " ORDER BY searches DESC, query LIMIT :limit")
                .param("limit", limit).query(QueryStat.class).list();
    }
}
