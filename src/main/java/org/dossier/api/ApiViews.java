package org.dossier.api;

import java.time.Instant;
import java.util.List;
import org.dossier.experts.Expert;
import org.dossier.publications.Attachment;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationCard;
import org.dossier.taxonomy.Term;

/** The JSON shapes of the API, kept apart from the domain records so the API can stay stable as they change. */
final class ApiViews {

    private ApiViews() {
    }

    record Page<T>(List<T> data, Meta meta, Links links) {
    }

    record Meta(int page, int size, long total, int pages) {
    }

    record Links(String self, String next, String prev) {
    }

    record PublicationSummary(long id, String url, String title, String summary, String type, String section,
                              Instant publishedAt, List<String> authors) {
        static PublicationSummary of(PublicationCard c, String origin) {
            return new PublicationSummary(c.id(), origin + c.url(), c.title(), c.summary(), c.typeName(),
                    c.sectionName(), c.publishedAt(), c.authors().stream().map(Expert::name).toList());
        }
    }

    record Named(String slug, String name) {
    }

    record Person(String slug, String name, String url) {
        static Person of(Expert e, String origin) {
            return new Person(e.slug(), e.name(), origin + e.url());
        }
    }

    record Image(String url, String alt, String caption, String credit, String licence) {
    }

    record Event(Instant start, Instant end, String location) {
    }

    record File(String title, String url, String mediaType, Long sizeBytes) {
    }

    record PublicationDetail(long id, String url, String title, String subtitle, String summary, String bodyHtml,
                             Named section, Named type, Instant publishedAt, Instant updatedAt, int readingMinutes,
                             List<Person> authors, List<Named> topics, List<Named> regions, List<Named> tags,
                             Image image, Event event, List<File> attachments) {
        static PublicationDetail of(Publication p, String origin) {
            return new PublicationDetail(p.id(), origin + p.url(), p.title(), p.subtitle(), p.summary(), p.bodyHtml(),
                    new Named(p.section().slug(), p.section().name()), new Named(p.type().slug(), p.type().name()),
                    p.publishedAt(), p.updatedAt(), p.readingMinutes(),
                    p.authors().stream().map(a -> Person.of(a, origin)).toList(), named(p.topics()),
                    named(p.regions()), named(p.tags()),
                    p.image() == null ? null : new Image(p.image().url(), p.image().alt(), p.image().caption(),
                            p.image().credit(), p.image().licence()),
                    p.event() == null ? null : new Event(p.event().start(), p.event().end(), p.event().location()),
                    p.attachments().stream().map(ApiViews::file).toList());
        }
    }

    record ExpertView(String slug, String name, String title, String affiliation, String bioHtml, String photoUrl,
                      String url) {
        static ExpertView of(Expert e, String origin) {
            return new ExpertView(e.slug(), e.name(), e.title(), e.affiliation(), e.bioHtml(), e.photoUrl(),
                    origin + e.url());
        }
    }

    record TermView(String slug, String name, String description, String url) {
    }

    static List<Named> named(List<Term> terms) {
        return terms.stream().map(t -> new Named(t.slug(), t.name())).toList();
    }

    private static File file(Attachment a) {
        return new File(a.title(), a.url(), a.mediaType(), a.sizeBytes());
    }
}
