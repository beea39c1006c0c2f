package org.dossier.newsletter;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.mail.MailContent;
import org.dossier.mail.MailTemplates;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.subscriptions.Audience;
import org.dossier.system.DossierProperties;
import org.dossier.web.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders list mail (instant, digest, newsletter) with the footer links and unsubscribe headers
 * every list mail carries. Only published publications ever reach a mail, whatever ids it is given.
 */
@Component
class ListMails {

    private final PublicationRepository publications;
    private final MailTemplates templates;
    private final Audience audience;
    private final MarkdownRenderer markdown;
    private final DossierProperties site;

    ListMails(PublicationRepository publications, MailTemplates templates, Audience audience,
              MarkdownRenderer markdown, DossierProperties site) {
        this.publications = publications;
        this.templates = templates;
        this.audience = audience;
        this.markdown = markdown;
        this.site = site;
    }

    /** The published ones among {@code ids}, in the given order. */
    List<Publication> published(List<Long> ids) {
        Map<Long, Publication> byId = publications.byIds(ids).stream().filter(p -> p.status() == Status.PUBLISHED)
                .collect(Collectors.toMap(Publication::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    MailContent instant(Publication p) {
        return render("newsletter/publication-mail", "publication", p.title(), "New from " + site.siteName(), "",
                List.of(p));
    }

    MailContent digest(String subject, List<Publication> items) {
        List<Publication> newestFirst = items.stream()
                .sorted(Comparator.comparing(Publication::publishedAt).reversed()).toList();
        return render("newsletter/list-mail", "digest", subject, subject, "", newestFirst);
    }

    MailContent newsletter(String subject, String introMd, List<Publication> items) {
        return render("newsletter/list-mail", "newsletter", subject, subject, introMd, items);
    }

    private MailContent render(String template, String kind, String subject, String heading, String introMd,
                               List<Publication> items) {
        String introHtml = introMd.isBlank() ? "" : markdown.render(introMd);
        var page = new MailPages.ListMail(audience.listFrame(), heading, introHtml,
                introHtml.isEmpty() ? "" : MarkdownRenderer.text(introHtml),
                items.stream().map(p -> MailItem.of(p, site.origin())).toList());
        var bodies = templates.render(template, page);
        return new MailContent(kind, subject, bodies.html(), bodies.text(), audience.listHeaders());
    }
}
