package org.dossier.admin;

import java.util.List;
import org.dossier.editorial.EditorialListing;
import org.dossier.publications.Correction;
import org.dossier.publications.Revision;
import org.dossier.publications.Status;
import org.dossier.taxonomy.PublicationType;
import org.dossier.taxonomy.Section;
import org.dossier.web.Paged;

/** Page models of the publication list, the editor and the revision screens. */
public final class EditorPages {

    private EditorPages() {
    }

    /** Names offered by the editor's pickers (a datalist each). */
    public record Suggestions(List<String> experts, List<String> topics, List<String> regions, List<String> tags) {
    }

    public record ListPage(AdminContext ctx, Paged<EditorialListing.Row> rows, List<Section> sections,
                           List<PublicationType> types, List<org.dossier.experts.Expert> experts,
                           List<org.dossier.taxonomy.Term> topics, String status, Long section, Long type, Long author,
                           Long topic, String query) {

        /** The filters as a query string, for the pager links. */
        public String filterQuery() {
            StringBuilder q = new StringBuilder("status=").append(status);
            if (section != null) {
                q.append("&section=").append(section);
            }
            if (type != null) {
                q.append("&type=").append(type);
            }
            if (author != null) {
                q.append("&author=").append(author);
            }
            if (topic != null) {
                q.append("&topic=").append(topic);
            }
            return q.append("&q=").append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
        }
    }

    public record EditorPage(AdminContext ctx, PublicationForm form, Status status, String publicUrl,
                             List<Section> sections, List<PublicationType> types, List<String> errors,
                             String previewHtml, List<Correction> corrections, int revisions, boolean reviewRequested,
                             Suggestions suggestions) {

        public boolean isNew() {
            return form.id() == null;
        }
    }

    public record RevisionsPage(AdminContext ctx, long id, String title, List<Revision> revisions) {
    }

    public record DiffPage(AdminContext ctx, long id, String title, int from, int to, List<DiffLine> lines) {
    }

    /**
     * A save refused because the publication changed after the form was opened: {@code mine} is what the
     * user submitted (shown back so nothing is lost), {@code newest} the revision now stored, and
     * {@code diffFrom} the revision the user started from when a difference can be shown (else null).
     */
    public record ConflictPage(AdminContext ctx, long id, String currentTitle, PublicationForm mine, Revision newest,
                               Integer diffFrom) {
    }

    public record ErrorPage(AdminContext ctx, int status, String message) {
    }
}
