package org.dossier.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** What the analytics screen shows: searches per day, the most searched queries, those that find nothing. */
@Service
public class SearchAnalyticsReport {

    private final SearchAnalyticsRepository repository;
    private final SearchAnalytics counter;
    private final Clock clock;

    SearchAnalyticsReport(SearchAnalyticsRepository repository, SearchAnalytics counter, Clock clock) {
        this.repository = repository;
        this.counter = counter;
        this.clock = clock;
    }

    /** One day's totals (epoch day, UTC). */
    public record Day(long day, long searches, long zeroResults) {

        public LocalDate date() {
            return LocalDate.ofEpochDay(day);
        }
    }

    /** One query's counts. */
    public record Query(String query, long searches, long zeroResults, long lastResults) {
    }

    /** The report; counts still in memory are written first so it includes the latest searches. */
    public record Report(List<Day> days, List<Query> top, List<Query> zero) {
    }

    public Report report(int days, int limit) {
        counter.flush();
        long today = Math.floorDiv(clock.millis(), 86_400_000L);
        Map<Long, Day> stored = repository.days(today - days + 1).stream()
                .collect(Collectors.toMap(Day::day, Function.identity()));
        List<Day> series = new ArrayList<>();
        for (long d = today - days + 1; d <= today; d++) {
            series.add(stored.getOrDefault(d, new Day(d, 0, 0)));
        }
        return new Report(series, queries(false, limit), queries(true, limit));
    }

    private List<Query> queries(boolean zeroOnly, int limit) {
        return repository.top(zeroOnly, limit).stream()
                .map(s -> new Query(s.query(), s.searches(), s.zeroResults(), s.lastResults())).toList();
    }
}
