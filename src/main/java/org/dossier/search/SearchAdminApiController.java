package org.dossier.search;

import java.util.List;
import java.util.Map;
import org.dossier.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search analytics for editors (under /admin, so only ADMIN and EDITOR roles reach it). */
@RestController
class SearchAdminApiController {

    private final SearchAnalyticsRepository analytics;
    private final SearchAnalytics counter;

    SearchAdminApiController(SearchAnalyticsRepository analytics, SearchAnalytics counter) {
        this.analytics = analytics;
        this.counter = counter;
    }

    @GetMapping("/admin/api/search/queries")
    Map<String, Object> queries(@RequestParam(defaultValue = "false") boolean zero,
                                @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("The 'limit' parameter must be from 1 to 1000.");
        }
        counter.flush();
        List<SearchAnalyticsRepository.QueryStat> stats = analytics.top(zero, limit);
        return Map.of("zeroResultsOnly", zero, "queries", stats);
    }

    /** This API sits outside /api/, so it answers its own bad parameters in JSON. */
    @org.springframework.web.bind.annotation.ExceptionHandler({BadRequestException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
    org.springframework.http.ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        String message = e instanceof BadRequestException ? e.getMessage() : "A parameter of the request is not valid.";
        return org.springframework.http.ResponseEntity.badRequest()
                .body(Map.of("status", 400, "error", "Bad request", "message", message));
    }
}
