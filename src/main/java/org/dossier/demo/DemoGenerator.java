package org.dossier.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.demo.People.Person;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationService;
import org.dossier.publications.Status;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.web.MarkdownRenderer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the whole demo: pictures first, then sections, vocabularies and experts in one
 * transaction, then the publications in a few {@code saveAll} batches.
 */
@Component
class DemoGenerator {

    /** Same seed, same demo, on every machine. */
    static final long SEED = 20_26_11_29L;
    private static final int BATCH = 120;
    static final int HIDDEN_EACH = 6;

    /** What was created, for the log and the tests. */
    record Summary(int sections, int topics, int regions, int tags, int experts, int published, int korean,
                   int drafts, int scheduled, int files, long millis) {

        int publications() {
            return published + korean + drafts + scheduled;
        }
    }

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final PublicationService publications;
    private final MarkdownRenderer markdown;
    private final DossierProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoGenerator(TaxonomyRepository taxonomy, ExpertRepository experts, PublicationService publications,
                  MarkdownRenderer markdown, DossierProperties properties, Clock clock,
                  PlatformTransactionManager transactions) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.publications = publications;
        this.markdown = markdown;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    Summary generate() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Random random = new Random(SEED);
        Media media = new Media(properties.mediaDir());
        media.writePictures(random);
        DemoSite site = transaction.execute(status -> DemoSite.create(taxonomy, experts, markdown, media, random, clock));
        DemoPublications builder = new DemoPublications(site, random, media, now);
        List<PublicationInput> all = new ArrayList<>(builder.published(Plan.slots(random, now)));
        int published = all.size();
        all.addAll(korean(site, builder, random, now));
        for (int i = 0; i < HIDDEN_EACH; i++) {
            String section = Catalog.SECTIONS.get(i % Catalog.SECTIONS.size()).slug();
            all.add(hidden(builder.item(new Plan.Slot(section, now), i, Status.DRAFT), "DRAFT — ", Status.DRAFT, now));
            Instant later = now.plus(Duration.ofDays(365 + random.nextInt(365)));
            all.add(hidden(builder.item(new Plan.Slot(section, later), i + 7, Status.SCHEDULED), "SCHEDULED — ",
                    Status.SCHEDULED, later));
        }
        // rendering dominates: do it on all cores, then write in a few short transactions
        List<PublicationService.Prepared> prepared = all.parallelStream().map(publications::prepare).toList();
        for (int from = 0; from < prepared.size(); from += BATCH) {
            publications.saveAllPrepared(prepared.subList(from, Math.min(prepared.size(), from + BATCH)));
        }
        return new Summary(site.sections.size(), site.topics.size(), site.regions.size(), site.tags.size(),
                site.people.size(), published, Korean.PIECES.size(), HIDDEN_EACH, HIDDEN_EACH, media.files(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<PublicationInput> korean(DemoSite site, DemoPublications builder, Random random, Instant now) {
        List<Person> koreanWriters = site.people.stream().filter(p -> p.name().contains("-")).toList();
        List<PublicationInput> inputs = new ArrayList<>();
        for (int i = 0; i < Korean.PIECES.size(); i++) {
            Korean.Piece piece = Korean.PIECES.get(i);
            String section = i % 2 == 0 ? "the-peninsula" : "commentary";
            Instant at = now.minus(Duration.ofDays(3 + i * 47L + random.nextInt(20)));
            Person author = koreanWriters.get(i % koreanWriters.size());
            inputs.add(new PublicationInput(null, null, site.sections.get(section), site.types.get(section), null,
                    piece.title(), null, Korean.summary(), Korean.body(random), Status.PUBLISHED, at, null,
                    List.of(site.expert(author)), List.of(site.topics.get(piece.topic())),
                    List.of(site.regions.get(piece.region())), List.of(site.tagsBySlug.get("korean-language")),
                    new FeaturedImage(Media.feature(i * 5), "추상적인 기하학 패턴", piece.title(), "Hanbridge Studio",
                            "CC BY 4.0"), null, List.of()));
        }
        return inputs;
    }

    /** The same item with a title that makes a leak obvious, at the given status and time. */
    private static PublicationInput hidden(PublicationInput in, String prefix, Status status, Instant at) {
        return new PublicationInput(null, null, in.sectionId(), in.typeId(), null, prefix + in.title(), in.subtitle(),
                in.summary(), in.bodyMd(), status, status == Status.DRAFT ? null : at, null, in.authorIds(),
                in.topicIds(), in.regionIds(), in.tagIds(), in.image(), in.event(), in.attachments());
    }
}
