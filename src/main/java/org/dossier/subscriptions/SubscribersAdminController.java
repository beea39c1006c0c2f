package org.dossier.subscriptions;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The list for the communications team, as JSON and CSV until the back office has screens. */
@RestController
class SubscribersAdminController {

    private static final int PAGE = 50;
    private final SubscriberRepository subscribers;
    private final SubscriberCsv csv;

    SubscribersAdminController(SubscriberRepository subscribers, SubscriberCsv csv) {
        this.subscribers = subscribers;
        this.csv = csv;
    }

    @GetMapping("/admin/api/subscribers")
    Map<String, Object> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
                               @RequestParam(defaultValue = "1") int page) {
        String query = SubscriberForms.text("q", "The search", q);
        int p = Math.max(1, page);
        return Map.of("total", subscribers.count(query, status), "page", p,
                "subscribers", subscribers.search(query, status, PAGE, (p - 1) * PAGE));
    }

    /** Multipart field {@code file}; {@code source} names the import (kept on each new subscriber). */
    @PostMapping("/admin/api/subscribers/import")
    Map<String, Object> importCsv(@RequestParam("file") MultipartFile file,
                                  @RequestParam(defaultValue = "csv") String source) throws IOException {
        List<SubscriberCsv.RowResult> report = csv.importCsv(
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), source);
        Map<String, Long> totals = new java.util.TreeMap<>();
        report.forEach(r -> totals.merge(r.result(), 1L, Long::sum));
        return Map.of("totals", totals, "rows", report);
    }

    @GetMapping("/admin/api/subscribers/export.csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"subscribers.csv\"");
        csv.exportCsv(response.getWriter());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("status", 400, "field", e.field(), "message", e.getMessage()));
    }
}
