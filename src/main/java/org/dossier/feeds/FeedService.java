package org.dossier.feeds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.dossier.experts.Expert;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationCard;
import org.dossier.publications.PublicationRepository;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.Term;
import org.springframework.stereotype.Service;

/** Builds feeds from published publications only (the repository's public listing guarantees it). */
@Service
class FeedService {

    private final PublicationRepository publications;
    private final FeedsProperties settings;
    private final DossierProperties site;

    FeedService(PublicationRepository publications, FeedsProperties settings, DossierProperties site) {
        this.publications = publications;
        this.settings = settings;
        this.site = site;
    }

    Feed feed(FeedScope scope) {
        List<Long> ids = publications.list(scope.listing(), 1, settings.items()).items().stream()
                .map(PublicationCard::id).toList();
        List<Feed.Entry> entries = publications.byIds(ids).stream()
                .filter(Publication::isPublic)
                .sorted(Comparator.comparing(Publication::publishedAt).thenComparing(Publication::id).reversed())
                .map(this::entry).toList();
        Instant updated = entries.stream().map(Feed.Entry::updated).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return new Feed(scope.title(), scope.description(), site.origin() + scope.path(), scope.path(), site.origin(),
                updated, entries);
    }

    private Feed.Entry entry(Publication p) {
        String url = site.origin() + p.url();
        String content = settings.fullContent() ? AbsoluteLinks.in(p.bodyHtml(), url) : null;
        Instant published = p.publishedAt() != null ? p.publishedAt() : p.updatedAt();
        Instant updated = p.updatedAt().isBefore(published) ? published : p.updatedAt();
        return new Feed.Entry(url, url, p.title(), p.summary(), content,
                p.authors().stream().map(Expert::name).toList(),
                java.util.stream.Stream.concat(p.topics().stream(), p.regions().stream()).map(Term::name).toList(),
                published, updated, p.image() == null ? null : AbsoluteLinks.url(p.image().url(), url));
    }
}
