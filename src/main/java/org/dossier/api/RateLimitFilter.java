package org.dossier.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fixed one-minute window per client address: simple, memory-bounded, and enough to stop a scraper
 * from crowding out readers. Over the limit the API answers 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final int perMinute;
    private final Clock clock;
    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(100_000).build();

    RateLimitFilter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long minute = now / 60_000;
        int used = windows.get(request.getRemoteAddr() + "|" + minute, k -> new AtomicInteger()).incrementAndGet();
        response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(Math.max(0, perMinute - used)));
        if (used > perMinute) {
            long retry = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(retry));
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":429,\"error\":\"Too many requests\",\"message\":"
                    + "\"This address made more than " + perMinute + " requests in a minute; try again in " + retry
                    + " seconds.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
