package org.dossier.redirects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers GET and HEAD requests for old addresses with their redirect. The table is held in memory
 * (tens of thousands of rows are a few megabytes) so ordinary requests cost one map look-up.
 */
class RedirectFilter extends OncePerRequestFilter {

    private final RedirectRepository repository;
    private volatile Map<String, Redirect> byPath;

    RedirectFilter(RedirectRepository repository) {
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            Redirect redirect = find(request.getRequestURI(), request.getQueryString());
            if (redirect != null) {
                response.setStatus(redirect.status());
                response.setHeader("Location", redirect.toPath());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Redirect find(String path, String query) {
        Map<String, Redirect> map = byPath;
        if (map == null) {
            map = load();
        }
        if (map.isEmpty()) {
            return null;
        }
        if (query != null) {
            Redirect withQuery = map.get(path + "?" + query);
            if (withQuery != null) {
                return withQuery;
            }
        }
        return map.get(path);
    }

    private synchronized Map<String, Redirect> load() {
        if (byPath == null) {
            Map<String, Redirect> map = new HashMap<>();
            for (Redirect r : repository.all()) {
                map.put(r.fromPath(), r);
            }
            byPath = map;
        }
        return byPath;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void changed(RedirectsChanged event) {
        byPath = null;
    }
}
