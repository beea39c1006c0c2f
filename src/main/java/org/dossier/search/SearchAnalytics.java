package org.dossier.search;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts queries and their result counts, with no personal data (no IP, no session, no time of the
 * individual search). Counts gather in memory and are written in one short transaction every few
 * seconds, so searching never waits for the database's single writer.
 */
@Component
class SearchAnalytics {

    private static final int MAX_QUERY = 200;
    private final SearchAnalyticsRepository repository;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    SearchAnalytics(SearchAnalyticsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    private record Pending(LongAdder searches, LongAdder zero, AtomicLong lastResults) {
    }

    void count(String query, long results) {
        String key = normalize(query);
        if (key.isEmpty()) {
            return;
        }
        Pending p = pending.computeIfAbsent(key, k -> new Pending(new LongAdder(), new LongAdder(), new AtomicLong()));
        p.searches.increment();
        if (results == 0) {
            p.zero.increment();
        }
        p.lastResults.set(results);
    }

    /** Writes what was counted since the last flush. */
    @Scheduled(fixedDelayString = "${dossier.search.analytics-flush-millis:5000}")
    @PreDestroy
    void flush() {
        long now = clock.millis();
        long searches = 0;
        long zero = 0;
        for (String query : pending.keySet()) {
            Pending p = pending.remove(query);
            if (p != null) {
                repository.add(query, p.searches.sum(), p.zero.sum(), p.lastResults.get(), now);
                searches += p.searches.sum();
                zero += p.zero.sum();
            }
        }
        if (searches > 0) {
            repository.addDay(Math.floorDiv(now, 86_400_000L), searches, zero);
        }
    }

    /** Lower case, single spaces, no control characters, at most 200 characters. */
    static String normalize(String query) {
        if (query == null) {
            return "";
        }
        String s = query.replaceAll("[\\p{Cntrl}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
        return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
    }
}
