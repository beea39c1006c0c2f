package org.dossier.admin;

import java.util.List;
import org.dossier.search.SearchAnalyticsReport;
import org.dossier.search.SynonymEditing;

/** Page models of the search team screens and the background job page. */
public final class SearchPages {

    private SearchPages() {
    }

    /** {@code editing} is the group whose form was refused (its id, or 0 for the new-group form), with the text typed. */
    public record SynonymsPage(AdminContext ctx, List<SynonymEditing.Group> groups, long editing, String typed,
                               List<String> errors) {

        public String valueFor(SynonymEditing.Group group) {
            return group.id() == editing ? typed : group.terms();
        }

        public String newValue() {
            return editing == 0 ? typed : "";
        }
    }

    public record AnalyticsPage(AdminContext ctx, int days, SvgChart perDay, SvgChart top, SvgChart zero,
                                SearchAnalyticsReport.Report report, long total, long totalZero) {
    }

    public record JobPage(AdminContext ctx, JobView job) {
    }
}
