package org.dossier.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.EventDetails;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Term;
import org.dossier.web.BadRequestException;

/**
 * The editor's fields as typed (strings, so a form with a mistake can be shown again as it was).
 * Times are entered in UTC, the zone the site shows them in; attachments are one per line,
 * {@code Title | URL}. {@code version} and {@code revision} are the publication's version and newest
 * revision number when the form was opened, so a save over someone else's newer save is refused.
 */
public record PublicationForm(Long id, Long sectionId, Long typeId, String title, String subtitle, String slug,
                              String summary, String body, String publishedAt, String authors, String topics,
                              String regions, String tags, String imageUrl, String imageAlt, String imageCaption,
                              String imageCredit, String imageLicence, String eventStart, String eventEnd,
                              String eventLocation, String attachments, Integer version, Integer revision) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Fields missing from a request are empty, never null, so a refused form always renders. */
    public PublicationForm {
        title = nz(title);
        subtitle = nz(subtitle);
        slug = nz(slug);
        summary = nz(summary);
        body = nz(body);
        publishedAt = nz(publishedAt);
        authors = nz(authors);
        topics = nz(topics);
        regions = nz(regions);
        tags = nz(tags);
        imageUrl = nz(imageUrl);
        imageAlt = nz(imageAlt);
        imageCaption = nz(imageCaption);
        imageCredit = nz(imageCredit);
        imageLicence = nz(imageLicence);
        eventStart = nz(eventStart);
        eventEnd = nz(eventEnd);
        eventLocation = nz(eventLocation);
        attachments = nz(attachments);
    }

    /** An empty form for a new publication. */
    public static PublicationForm blank(Long sectionId, Long typeId) {
        return new PublicationForm(null, sectionId, typeId, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", null, null);
    }

    /** The form showing a saved publication whose newest revision is {@code revision}. */
    public static PublicationForm of(Publication p, int revision) {
        FeaturedImage img = p.image();
        EventDetails ev = p.event();
        return new PublicationForm(p.id(), p.section().id(), p.type().id(), p.title(), nz(p.subtitle()), p.slug(),
                p.summary(), p.bodyMd(), local(p.publishedAt()),
                p.authors().stream().map(a -> a.name()).collect(Collectors.joining(", ")), names(p.topics()),
                names(p.regions()), names(p.tags()), img == null ? "" : img.url(), img == null ? "" : img.alt(),
                img == null ? "" : img.caption(), img == null ? "" : img.credit(), img == null ? "" : img.licence(),
                ev == null ? "" : local(ev.start()), ev == null ? "" : local(ev.end()),
                ev == null ? "" : nz(ev.location()),
                p.attachments().stream().map(a -> a.title() + " | " + a.url()).collect(Collectors.joining("\n")),
                p.version(), revision);
    }

    /** The same form with the featured image (just uploaded) replaced. */
    public PublicationForm withImage(String url) {
        return new PublicationForm(id, sectionId, typeId, title, subtitle, slug, summary, body, publishedAt, authors,
                topics, regions, tags, url, imageAlt, imageCaption, imageCredit, imageLicence, eventStart, eventEnd,
                eventLocation, attachments, version, revision);
    }

    /** The same form with one more attachment line. */
    public PublicationForm withAttachment(String attachmentTitle, String url) {
        String line = (attachmentTitle == null || attachmentTitle.isBlank() ? "Download" : attachmentTitle.strip())
                .replace("|", "/") + " | " + url;
        String all = nz(attachments).isBlank() ? line : nz(attachments).strip() + "\n" + line;
        return new PublicationForm(id, sectionId, typeId, title, subtitle, slug, summary, body, publishedAt, authors,
                topics, regions, tags, imageUrl, imageAlt, imageCaption, imageCredit, imageLicence, eventStart,
                eventEnd, eventLocation, all, version, revision);
    }

    /** The input for the publication service; author and term ids are filled in by the editorial service. */
    public PublicationInput toInput() {
        if (sectionId == null || typeId == null) {
            throw new BadRequestException("Choose a section and a type.");
        }
        FeaturedImage image = nz(imageUrl).isBlank() ? null : new FeaturedImage(url(imageUrl, "image"), nz(imageAlt).strip(),
                nz(imageCaption).strip(), nz(imageCredit).strip(), nz(imageLicence).strip());
        if (image != null && image.alt().isEmpty()) {
            throw new BadRequestException("The featured image needs a text alternative (alt) for readers who cannot see it.");
        }
        Instant start = instant(eventStart, "event start");
        EventDetails event = start == null ? null
                : new EventDetails(start, instant(eventEnd, "event end"), nz(eventLocation).isBlank() ? null : eventLocation.strip());
        return new PublicationInput(id, null, sectionId, typeId, nz(slug).strip(), nz(title).strip(), nz(subtitle).strip(),
                nz(summary).strip(), nz(body), Status.DRAFT, instant(publishedAt, "publication time"), null, List.of(),
                List.of(), List.of(), List.of(), image, event, attachmentInputs());
    }

    private List<AttachmentInput> attachmentInputs() {
        List<AttachmentInput> out = new ArrayList<>();
        for (String line : nz(attachments).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            if (bar < 0) {
                throw new BadRequestException("Each attachment line needs a title and an address: Title | /media/…");
            }
            out.add(new AttachmentInput(line.substring(0, bar).strip(), url(line.substring(bar + 1), "attachment"),
                    "application/pdf", null));
        }
        return out;
    }

    /** Only site paths and http(s) addresses: a "javascript:" link must never reach a page. */
    private static String url(String raw, String what) {
        String u = raw.strip();
        if (!(u.startsWith("/") && !u.startsWith("//")) && !u.startsWith("https://") && !u.startsWith("http://")) {
            throw new BadRequestException("The " + what + " address must start with / or http(s)://.");
        }
        if (u.length() > 1000 || u.chars().anyMatch(c -> c < 0x21 || c == '"' || c == '<' || c == '>')) {
            throw new BadRequestException("The " + what + " address contains characters that are not allowed.");
        }
        return u;
    }

    private static Instant instant(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The " + what + " is not a date and time like 2025-03-04T14:30.");
        }
    }

    private static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String names(List<Term> terms) {
        return terms.stream().map(Term::name).collect(Collectors.joining(", "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
