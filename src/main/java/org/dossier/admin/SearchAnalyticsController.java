package org.dossier.admin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dossier.admin.SearchPages.AnalyticsPage;
import org.dossier.search.SearchAnalyticsReport;
import org.dossier.search.SearchAnalyticsReport.Query;
import org.dossier.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search analytics as charts: searches per day, the most searched queries, queries that find nothing. */
@Controller
class SearchAnalyticsController {

    private static final int TOP = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final SearchAnalyticsReport analytics;

    SearchAnalyticsController(SearchAnalyticsReport analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/admin/search/analytics")
    String analytics(AdminContext ctx, @RequestParam(defaultValue = "30") int days, Model model) {
        if (days < 7 || days > 365) {
            throw new BadRequestException("The 'days' parameter must be from 7 to 365.");
        }
        SearchAnalyticsReport.Report report = analytics.report(days, TOP);
        long total = report.days().stream().mapToLong(SearchAnalyticsReport.Day::searches).sum();
        long zero = report.days().stream().mapToLong(SearchAnalyticsReport.Day::zeroResults).sum();
        SvgChart perDay = SvgChart.columns("Searches per day",
                "Searches per day over the last " + days + " days (UTC): " + total + " in all, " + zero
                        + " found nothing.",
                report.days().stream().map(d -> d.date().format(DAY)).toList(),
                report.days().stream().map(SearchAnalyticsReport.Day::searches).toList(), Math.max(1, days / 6));
        SvgChart top = rows("Most searched queries", report.top(), false);
        SvgChart none = rows("Queries that found nothing", report.zero(), true);
        model.addAttribute("page", new AnalyticsPage(ctx, days, perDay, top, none, report, total, zero));
        return "admin/search-analytics";
    }

    private static SvgChart rows(String title, List<Query> queries, boolean zero) {
        String summary = queries.isEmpty() ? title + ": none recorded yet."
                : title + ", by number of searches: " + String.join("; ", queries.stream()
                        .map(q -> q.query() + " " + (zero ? q.zeroResults() : q.searches())).toList()) + ".";
        return SvgChart.rows(title, summary, queries.stream().map(Query::query).toList(),
                queries.stream().map(q -> zero ? q.zeroResults() : q.searches()).toList());
    }
}
