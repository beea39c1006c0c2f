package org.dossier.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the bytes of rendered public pages in memory and serves them again until public content
 * changes. Only anonymous GETs of HTML pages are kept; any {@link PublicContentChange} (published
 * after its transaction commits) empties the whole cache, which is simple and always correct: a
 * think tank publishes a few times a day and readers far outnumber edits.
 *
 * <p>It runs first in the filter chain, before request observation, sessions and Spring Security,
 * and replays the headers the first response carried (security headers included), so a hit costs a
 * map look-up and a write. Hits therefore do not appear in {@code http.server.requests}; they are
 * counted in {@code dossier.page.cache.requests} (tag {@code result=hit|miss}) instead, which is
 * cheap enough for the hot path (measured in bench/pages.sh: the observation cost about a fifth of
 * the CPU of a hit).
 */
public class PageCache extends OncePerRequestFilter {

    private static final Set<String> SKIPPED_PREFIXES = Set.of("/admin", "/api", "/actuator", "/subscribe",
            "/preferences", "/media", "/assets", "/error");
    private static final Set<Integer> CACHED_STATUSES = Set.of(200, 404, 410);
    private static final int MAX_KEY = 300;

    private final Cache<String, CachedPage> pages;
    /**
     * Bumped on every content change. A page records the generation it was rendered in and is served
     * only while that generation is current, so a page rendered from the old content but stored just
     * after a change is never served.
     */
    private final AtomicLong generation = new AtomicLong();

    private final Counter hits;
    private final Counter misses;

    public PageCache(long maxBytes) {
        this(maxBytes, new SimpleMeterRegistry());
    }

    public PageCache(long maxBytes, MeterRegistry registry) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> key.length() + page.body().length + 512)
                .build();
        this.hits = requests(registry, "hit");
        this.misses = requests(registry, "miss");
        registry.gauge("dossier.page.cache.pages", pages, Cache::estimatedSize);
    }

    private static Counter requests(MeterRegistry registry, String result) {
        return Counter.builder("dossier.page.cache.requests").tag("result", result)
                .description("Cacheable public page requests, served from the page cache or rendered")
                .register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = cacheKey(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long current = generation.get();
        CachedPage hit = pages.getIfPresent(key);
        if (hit != null && hit.generation() == current) {
            hits.increment();
            hit.writeTo(response);
            return;
        }
        misses.increment();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        CachedPage page = capture(wrapper, current);
        if (page != null) {
            pages.put(key, page);
        }
        wrapper.copyBodyToResponse();
    }

    /** Empties the cache; called after any change to public content has committed. */
    @TransactionalEventListener(fallbackExecution = true)
    public void contentChanged(PublicContentChange change) {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    public long size() {
        return pages.estimatedSize();
    }

    private static String cacheKey(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null || hasSession(request)) {
            return null;
        }
        String uri = request.getRequestURI();
        for (String prefix : SKIPPED_PREFIXES) {
            if (uri.startsWith(prefix)) {
                return null;
            }
        }
        String query = request.getQueryString();
        String key = query == null ? uri : uri + '?' + query;
        return key.length() > MAX_KEY ? null : key;
    }

    private static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals("JSESSIONID") || cookie.getName().equals("SESSION")) {
                return true;
            }
        }
        return false;
    }

    private static CachedPage capture(ContentCachingResponseWrapper response, long generation) {
        String type = response.getContentType();
        if (!CACHED_STATUSES.contains(response.getStatus()) || type == null || !type.startsWith("text/html")
                || response.containsHeader("Set-Cookie")) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return new CachedPage(generation, response.getStatus(), type, List.copyOf(headers),
                response.getContentAsByteArray());
    }

    private record CachedPage(long generation, int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            response.setContentType(contentType);
            for (Map.Entry<String, String> header : headers) {
                response.addHeader(header.getKey(), header.getValue());
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
