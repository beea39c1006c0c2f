package org.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.demo.Catalog.TopicDef;
import org.dossier.demo.People.Person;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.EventDetails;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.dossier.web.Slugs;

/** Builds the published demo items of every kind, plus the Korean pieces. */
final class DemoPublications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final List<String> LOCATIONS = List.of("Hanbridge Institute, Washington, DC",
            "Hanbridge Seoul Office, Seoul", "Online (livestream)", "Hanbridge Conference Hall, Washington, DC, and online");

    private final DemoSite site;
    private final Random random;
    private final Media media;
    private final int thisYear;
    private int episode;

    DemoPublications(DemoSite site, Random random, Media media, Instant now) {
        this.site = site;
        this.random = random;
        this.media = media;
        this.thisYear = now.atZone(ZoneOffset.UTC).getYear();
    }

    /** A writer on a random topic and two different regions where that topic is at home. */
    Writer writer() {
        TopicDef topic = Catalog.TOPICS.get(random.nextInt(Catalog.TOPICS.size()));
        String region = topic.regions().get(random.nextInt(topic.regions().size()));
        String other = region;
        while (other.equals(region)) {
            other = topic.regions().get(random.nextInt(topic.regions().size()));
        }
        return new Writer(random, topic, Catalog.region(region), Catalog.region(other), thisYear);
    }

    List<PublicationInput> published(List<Plan.Slot> slots) {
        List<PublicationInput> inputs = new ArrayList<>();
        for (int i = slots.size() - 1; i >= 0; i--) {
            inputs.add(item(slots.get(i), i, Status.PUBLISHED));
        }
        return inputs;
    }

    /** One item of the slot's section; {@code n} varies pictures. */
    PublicationInput item(Plan.Slot slot, int n, Status status) {
        Writer w = writer();
        List<Person> authors = site.authorsFor(w.topic, 1 + (random.nextInt(4) == 0 ? 1 : 0), random);
        Person other = site.authorsFor(w.topic, 3, random).get(2);
        FeaturedImage image = new FeaturedImage(Media.feature(n), "Abstract geometric pattern illustrating " + w.subject,
                "An abstract pattern for " + w.subject + " in " + w.region.inProse() + ".",
                "Illustration: Hanbridge Studio", "CC BY 4.0");
        String figure = random.nextBoolean() ? Media.figure(n) : null;
        Instant at = slot.publishedAt();
        return switch (slot.section()) {
            case "reports" -> report(w, slot, authors, image, status);
            case "events" -> {
                Instant start = at.plus(Duration.ofDays(7 + random.nextInt(21))).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                        .plus(Duration.ofHours(14));
                String location = w.pick(LOCATIONS);
                String title = w.fill(w.pick(List.of("Hanbridge Forum: {S} and the Future of {R}",
                        "Roundtable: {I} in {R}", "Book Talk: The Long Game in {cap}",
                        "Korea Outlook: {S} in the Year Ahead", "Panel: Can {cap} and {cap2} Agree on {I}?")), true);
                yield input(slot, Writer.capitalize(title), null, "A public discussion of " + w.subject + " in "
                        + w.region.name() + " with Hanbridge experts.", Bodies.event(w, site.authorsFor(w.topic, 3,
                        random), DAY.format(start) + ", 14:00–15:30 UTC", location), status, w, authors.subList(0, 1),
                        image, new EventDetails(start, start.plus(Duration.ofMinutes(90)), location), List.of());
            }
            case "podcasts" -> {
                episode++;
                yield input(slot, "Episode " + episode + ": " + Writer.titleCase(w.subject) + " with " + other.name(),
                        null, other.name() + " on " + w.subject + " and " + w.issue + ".",
                        Bodies.podcast(w, authors.get(0), other, 25 + random.nextInt(30)), status, w,
                        List.of(authors.get(0), other), image, null, List.of());
            }
            case "press-releases" -> pressRelease(w, slot, status);
            case "commentary" -> input(slot, w.title(Phrases.BLOG_TITLES), null, null,
                    Bodies.article(w, figure, other, true), status, w, authors, image, null, List.of());
            default -> input(slot, w.title(Phrases.BLOG_TITLES), null, null,
                    Bodies.article(w, figure, random.nextInt(5) < 3 ? other : null, false), status, w, authors, image,
                    null, List.of());
        };
    }

    private PublicationInput report(Writer w, Plan.Slot slot, List<Person> authors, FeaturedImage image, Status status) {
        String title = w.title(Phrases.REPORT_TITLES);
        String subtitle = "Options for " + w.region.name() + " and its partners on " + w.issue;
        List<String> paragraphs = Bodies.reportParagraphs(w);
        List<String> recommendations = List.of(w.next(Phrases.RECOMMENDATIONS), w.next(Phrases.RECOMMENDATIONS),
                w.next(Phrases.RECOMMENDATIONS), w.next(Phrases.RECOMMENDATIONS));
        List<String> pdfText = new ArrayList<>(paragraphs);
        pdfText.add(1, "Recommendations: " + String.join(" ", recommendations));
        String byline = "By " + String.join(" and ", authors.stream().map(Person::name).toList()) + " - "
                + DAY.format(slot.publishedAt());
        byte[] pdf = Pdf.document(title, byline, pdfText);
        String url = media.write("reports/" + Slugs.of(title) + "-" + slot.publishedAt().toEpochMilli() / 1000 + ".pdf",
                pdf);
        return input(slot, title, subtitle, Writer.capitalize(paragraphs.get(0)),
                Bodies.report(w, paragraphs, recommendations, Media.figure(random.nextInt(Media.FIGURES))), status, w,
                authors, image, null, List.of(new AttachmentInput("Full report (PDF)", url, "application/pdf",
                        (long) pdf.length)));
    }

    private PublicationInput pressRelease(Writer w, Plan.Slot slot, Status status) {
        Person person = site.people.get(random.nextInt(site.people.size()));
        String dateline = "WASHINGTON, " + DAY.format(slot.publishedAt());
        int kind = random.nextInt(4);
        String title = switch (kind) {
            case 0 -> "Hanbridge Institute Welcomes " + person.name() + " as " + person.title();
            case 1 -> "Hanbridge Institute Releases New Report on " + Writer.titleCase(w.subject);
            case 2 -> "Hanbridge Institute to Host Public Forum on " + Writer.titleCase(w.issue);
            default -> "Hanbridge Institute Launches Program on " + Writer.titleCase(w.subject) + " in " + w.region.name();
        };
        String lead = switch (kind) {
            case 0 -> "The Hanbridge Institute today announced that " + person.link() + " has joined the institute as "
                    + person.title() + ".";
            case 1 -> "The Hanbridge Institute today released a new report on " + w.subject + " in "
                    + w.region.name() + ", with recommendations for governments in the region.";
            case 2 -> "The Hanbridge Institute will host a public forum on " + w.issue + " next month.";
            default -> "The Hanbridge Institute today launched a three-year research program on " + w.subject + ".";
        };
        String summary = lead.replace(person.link(), person.name());
        return input(slot, title, null, summary, Bodies.pressRelease(w, dateline, lead, site.president()), status, w,
                List.of(), null, null, List.of());
    }

    PublicationInput input(Plan.Slot slot, String title, String subtitle, String summary, String body, Status status,
                           Writer w, List<Person> authors, FeaturedImage image, EventDetails event,
                           List<AttachmentInput> attachments) {
        List<Long> regions = random.nextBoolean() ? List.of(site.regions.get(w.region.slug()))
                : List.of(site.regions.get(w.region.slug()), site.regions.get(w.other.slug()));
        List<Long> tags = List.of(site.tags.get(random.nextInt(site.tags.size())),
                site.tags.get(random.nextInt(site.tags.size())));
        return new PublicationInput(null, null, site.sections.get(slot.section()), site.types.get(slot.section()),
                null, title, subtitle, summary, body, status, slot.publishedAt(), null,
                authors.stream().map(site::expert).toList(), List.of(site.topics.get(w.topic.slug())), regions, tags,
                image, event, attachments);
    }
}
