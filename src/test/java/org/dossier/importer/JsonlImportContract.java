package org.dossier.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.experts.ExpertRepository;
import org.dossier.importer.BatchWriter.Ready;
import org.dossier.importer.ImportResult.Problem;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.PublicationService;
import org.dossier.publications.Status;
import org.dossier.system.Progress;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** JSONL import into a real database. Run on SQLite and PostgreSQL. */
abstract class JsonlImportContract {

    @Autowired JsonlImporter importer;
    @Autowired PublicationRepository publications;
    @Autowired PublicationService service;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired ExpertRepository experts;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @TempDir Path temp;

    private final Progress quiet = new Progress("test", 0, new PrintStream(OutputStream.nullOutputStream()), false);

    /** The fixture with its external ids made unique to this test, as plain or gzip file. */
    private Path fixture(String name, String prefix, boolean gzip) throws IOException {
        String text = new String(getClass().getResourceAsStream("/importer/" + name).readAllBytes(), StandardCharsets.UTF_8)
                .replace("\"id\": \"t-", "\"id\": \"" + prefix + "-");
        Path file = temp.resolve(prefix + "-" + name + (gzip ? ".gz" : ""));
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private ImportResult run(Path file, String section) throws IOException {
        return importer.run(file, new ImportOptions(section, null, 5), quiet);
    }

    private Publication byExternalId(String id) {
        long pk = jdbc.sql("SELECT id FROM publications WHERE external_id = :id").param("id", id).query(Long.class).single();
        return publications.byId(pk).orElseThrow();
    }

    @Test
    void goodLinesAreImportedAndEachBadLineIsReportedWithItsReason() throws IOException {
        String p = Fixtures.unique("a");
        ImportResult result = run(fixture("sample.jsonl", p, false), null);

        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.updated()).isZero();
        assertThat(result.skipped()).isEqualTo(8);
        assertThat(result.problems()).extracting(Problem::line).containsExactly(2L, 3L, 4L, 8L, 9L, 10L, 11L, 13L);
        assertThat(result.problems()).extracting(Problem::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("not valid JSON"), r -> assertThat(r).isEqualTo("no title"),
                r -> assertThat(r).contains("not an ISO date, date-time or year: \"yesterday\""),
                r -> assertThat(r).contains("unknown status \"pending\""),
                r -> assertThat(r).isEqualTo("not a JSON object"), r -> assertThat(r).startsWith("no body"),
                r -> assertThat(r).contains("longer than 500"), r -> assertThat(r).contains("\"tags\""));

        Publication won = byExternalId(p + "-1");
        assertThat(won.status()).isEqualTo(Status.PUBLISHED);
        assertThat(won.section().slug()).isEqualTo("archive");
        assertThat(won.type().slug()).isEqualTo("article");
        assertThat(won.publishedAt()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(won.authors()).extracting(a -> a.name()).containsExactly("Ada Park");
        assertThat(won.topics()).extracting(t -> t.name()).containsExactly("Economy");
        assertThat(won.regions()).extracting(t -> t.name()).containsExactly("South Korea");
        assertThat(won.tags()).extracting(t -> t.slug()).containsExactly("sanctions");
        assertThat(won.bodyHtml()).contains("*paragraph*", "&lt;b&gt;tags&lt;/b&gt;", "[brackets]", "# not a heading",
                "1987. A year").doesNotContain("<b>", "<em>", "<h1", "<ol");
        assertThat(won.bodyHtml().split("<p>")).hasSize(5);

        Publication speech = byExternalId(p + "-5");
        assertThat(speech.section().name()).isEqualTo("Speeches");
        assertThat(speech.type().slug()).isEqualTo("speech");
        assertThat(speech.publishedAt()).isEqualTo(Instant.parse("1946-01-01T00:00:00Z"));
        assertThat(speech.authors()).extracting(a -> a.name()).containsExactly("Mr. Arce", "Ms. Lee");
        assertThat(speech.bodyHtml()).contains("<p>First line is a paragraph.</p>", "<p>Second line is another.</p>");
        assertThat(byExternalId(p + "-12").status()).isEqualTo(Status.SCHEDULED);

        long draftId = jdbc.sql("SELECT id FROM publications WHERE title = 'A piece without an id' ORDER BY id DESC")
                .query(Long.class).list().get(0);
        Publication draft = publications.byId(draftId).orElseThrow();
        assertThat(draft.status()).isEqualTo(Status.DRAFT);
        assertThat(draft.bodyHtml()).contains("<p>Indented paragraph one continues here.</p>", "<p>Paragraph two.</p>");
    }

    @Test
    void reimportUpdatesByExternalIdInsteadOfDuplicating() throws IOException {
        String p = Fixtures.unique("b");
        run(fixture("sample.jsonl", p, false), null);
        long before = publications.countAll();

        ImportResult again = run(fixture("update.jsonl", p, false), null);

        assertThat(again.updated()).isEqualTo(2);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(publications.countAll()).isEqualTo(before + 1);
        Publication won = byExternalId(p + "-1");
        assertThat(won.title()).isEqualTo("Sanctions and the Won, Revised");
        assertThat(won.bodyHtml()).contains("A new body.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publications WHERE external_id = :id").param("id", p + "-1")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void gzipFilesAreReadDirectly() throws IOException {
        String p = Fixtures.unique("c");
        ImportResult result = run(fixture("sample.jsonl", p, true), "gz-section");
        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.skipped()).isEqualTo(8);
        assertThat(byExternalId(p + "-1").section().slug()).isEqualTo("gz-section");
        assertThat(byExternalId(p + "-5").section().slug()).isEqualTo("speeches");
    }

    @Test
    void rowsOfABatchTheDatabaseRefusesAreRetriedOneByOne() {
        var section = fixtures.section("Retry");
        String p = Fixtures.unique("d");
        String newAuthor = "Retry Author " + p;
        List<Problem> problems = new java.util.ArrayList<>();
        BatchWriter writer = new BatchWriter(service, new Links(taxonomy, experts, Clock.systemUTC()),
                new TransactionTemplate(transactions), problems);
        PublicationInput good = input(section.id(), p + "-ok1");
        PublicationInput noSuchSection = input(987_654, p + "-bad");
        PublicationInput alsoGood = input(section.id(), p + "-ok2");

        // the batch creates the new author, then fails and rolls back: the rows saved one by one
        // must not point at the author the rolled-back batch had created
        String newTopic = "Retry Topic " + p;
        writer.write(List.of(new Ready(1, service.prepare(good), names(List.of(newAuthor), newTopic)),
                new Ready(2, service.prepare(noSuchSection), names(List.of(newAuthor), newTopic)),
                new Ready(3, service.prepare(alsoGood), names(List.of(newAuthor, "Retry Second " + p), newTopic))));

        assertThat(writer.imported()).isEqualTo(2);
        assertThat(problems).extracting(Problem::line).containsExactly(2L);
        assertThat(problems.get(0).reason()).startsWith("the database refused it");
        assertThat(byExternalId(p + "-ok1").title()).isEqualTo("Piece " + p + "-ok1");
        assertThat(byExternalId(p + "-ok1").authors()).extracting(a -> a.name()).containsExactly(newAuthor);
        assertThat(byExternalId(p + "-ok2").authors()).extracting(a -> a.name())
                .containsExactly(newAuthor, "Retry Second " + p);
        assertThat(byExternalId(p + "-ok2").topics()).extracting(t -> t.name()).containsExactly(newTopic);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experts WHERE name = :n").param("n", newAuthor).query(Long.class)
                .single()).isEqualTo(1);
    }

    private static LinkNames names(List<String> authors, String topic) {
        return LinkNames.of(authors, List.of(topic), List.of(), List.of());
    }

    @Test
    void aBatchHoldingAnIdTwiceKeepsOneRowAndEqualTitlesGetDistinctSlugs() {
        var section = fixtures.section("Twice");
        String p = Fixtures.unique("e");
        PublicationService.Saved saved = service.saveAllPrepared(List.of(
                service.prepare(input(section.id(), p + "-1", "Same title")),
                service.prepare(input(section.id(), p + "-1", "Same title")),
                service.prepare(input(section.id(), p + "-2", "Same title"))));
        List<Long> ids = saved.ids();

        assertThat(saved.created()).isEqualTo(2);
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
        assertThat(byExternalId(p + "-1").slug()).isEqualTo("same-title");
        assertThat(byExternalId(p + "-2").slug()).isEqualTo("same-title-2");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publications WHERE external_id LIKE :p").param("p", p + "-%")
                .query(Long.class).single()).isEqualTo(2);
    }

    private PublicationInput input(long sectionId, String externalId) {
        return input(sectionId, externalId, "Piece " + externalId);
    }

    private PublicationInput input(long sectionId, String externalId, String title) {
        return new PublicationInput(null, externalId, sectionId, fixtures.typeId("report"), null, title,
                null, null, "Body.", Status.PUBLISHED, Instant.parse("2020-01-01T00:00:00Z"), null, null, null, null,
                null, null, null, null);
    }

    @Test
    void theFirstTwoThousandReutersStoriesImport() throws IOException {
        Path corpus = Path.of(System.getProperty("user.dir")).resolve("../shared/data/corpus/reuters21578.jsonl.gz");
        assumeTrue(Files.exists(corpus), "the shared corpus is absent");
        Path sample = temp.resolve("reuters-2000.jsonl.gz");
        try (BufferedReader in = JsonlFiles.open(corpus);
             var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(sample)), StandardCharsets.UTF_8))) {
            in.lines().limit(2000).forEach(out::println);
        }

        ImportResult result = importer.run(sample, new ImportOptions("reuters", "news", 500), quiet);

        assertThat(result.imported() + result.skipped()).isEqualTo(2000);
        assertThat(result.imported()).isGreaterThan(1900);
        assertThat(result.problems()).extracting(Problem::reason).allMatch(r -> r.equals("no title") || r.equals("no date"));
        Publication cocoa = byExternalId("reuters-1");
        assertThat(cocoa.title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(cocoa.topics()).extracting(t -> t.slug()).contains("cocoa");
        assertThat(cocoa.bodyHtml().split("<p>").length).isGreaterThan(10);
        assertThat(cocoa.bodyHtml()).contains("Showers continued throughout the week in the Bahia cocoa zone");
    }
    /**
     * New topics are created by the threads that read lines while the writer creates new authors in
     * its batch transaction: neither may wait for the other (a lock cycle between the two would
     * stall the import for SQLite's busy time-out and then fail it).
     */
    @Test
    void newTopicsAndNewAuthorsOnEveryLineImportWithoutStalling() throws IOException {
        String p = Fixtures.unique("f");
        Path file = temp.resolve(p + ".jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            lines.append("{\"id\": \"").append(p).append('-').append(i).append("\", \"title\": \"Speech ").append(i)
                    .append("\", \"date\": \"2001\", \"body\": \"Text of speech ").append(i)
                    .append(".\", \"author\": \"Speaker ").append(p).append(' ').append(i)
                    .append("\", \"topics\": [\"Topic ").append(p).append(' ').append(i).append("\"]}\n");
        }
        Files.writeString(file, lines);

        ImportResult result = importer.run(file, new ImportOptions("stall", null, 20), quiet);

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).isEqualTo(1500);
        Publication last = byExternalId(p + "-1499");
        assertThat(last.authors()).extracting(a -> a.name()).containsExactly("Speaker " + p + " 1499");
        assertThat(last.topics()).extracting(t -> t.name()).containsExactly("Topic " + p + " 1499");
    }
    /** Bodies reach the database as text (SQLite's bulk path hands it UTF-8 bytes): lengths count characters. */
    @Test
    void importedBodiesAreStoredAsTextWithTheirCharacters() throws IOException {
        String p = Fixtures.unique("g");
        Path file = temp.resolve(p + ".jsonl");
        Files.writeString(file, "{\"id\": \"" + p + "\", \"title\": \"Café\", \"date\": \"2001\", "
                + "\"body\": \"Naïve café — “quoted” 북한 text.\"}\n", StandardCharsets.UTF_8);

        assertThat(run(file, "text-check").imported()).isEqualTo(1);

        Publication stored = byExternalId(p);
        assertThat(stored.bodyHtml()).isEqualTo("<p>Naïve café — “quoted” 북한 text.</p>\n");
        var lengths = jdbc.sql("SELECT length(body_md), length(body_html) FROM publications WHERE external_id = :id")
                .param("id", p).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        assertThat(lengths).containsExactly("Naïve café — “quoted” 북한 text.".length(), stored.bodyHtml().length());
    }
}
