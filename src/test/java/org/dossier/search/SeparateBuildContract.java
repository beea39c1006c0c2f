package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dossier.publications.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A start that finds the index missing many published items builds it with the {@code reindex} task in
 * a child JVM, on the site's own database and data directory, and adopts it.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "dossier.search.separate-build-from=" + SeparateBuildContract.FROM)
abstract class SeparateBuildContract extends SearchContractBase {

    static final int FROM = 4;
    @Autowired SearchIndex index;
    @Autowired SeparateBuild separateBuild;

    @Test
    void aStartWithoutItsIndexBuildsItInAChildJvmAndAdoptsIt(CapturedOutput log) throws Exception {
        String w = SearchFeaturesContract.word("separate");
        for (int i = 0; i < FROM; i++) {
            docs.save("Separate " + i + " " + w, "Built elsewhere: " + w, Status.PUBLISHED, lastMonth);
        }
        docs.save("Draft " + w, "Never indexed: " + w, Status.DRAFT, lastMonth);
        awaitFound("q=" + w, "Separate 0 " + w);

        index.stop();
        deleteRecursively(index.root()); // the index is lost; the database is the source of truth
        index.start();
        String empty = index.generation();
        assertThat(titles("q=" + w)).as("the site serves meanwhile, from an empty index").isEmpty();

        await().atMost(Duration.ofSeconds(120)).until(() -> !empty.equals(index.generation()));
        assertThat(log.getOut()).contains("building it in a separate process").contains("the separate build finished");
        assertThat(titles("q=" + w)).hasSize(FROM).noneMatch(title -> title.startsWith("Draft"));
        assertThat(Files.readString(index.root().resolve(SeparateBuild.LOG)))
                .contains("Rebuilt the search index");
        assertThat(index.root().resolve(empty)).doesNotExist();
        // changes after the switch reach the adopted index as usual
        docs.save("After " + w, w, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "After " + w);
    }

    @Test
    void stoppingTheSiteStopsTheBuild() throws Exception {
        String w = SearchFeaturesContract.word("stopped");
        for (int i = 0; i < FROM; i++) {
            docs.save("Stopped " + i + " " + w, w, Status.PUBLISHED, lastMonth);
        }
        index.stop();
        deleteRecursively(index.root());
        index.start();
        String empty = index.generation();
        // the child JVM takes seconds to start its context: stop the site under it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> children().size() == 1);
        index.stop();
        assertThat(children()).as("no build process outlives the site's index").isEmpty();
        assertThat(index.layout().current()).as("the build was stopped, not waited for").isEqualTo(empty);

        index.start();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(titles("q=" + w)).hasSize(FROM));
    }

    @Test
    void aStartDeletesGenerationsThatNoProcessHolds() throws Exception {
        index.stop();
        Path abandoned = Files.createDirectories(index.root().resolve("g1-1"));
        Files.writeString(abandoned.resolve("_0.cfs"), "what a killed rebuild left");
        Path busy = index.root().resolve("g2-2");
        try (FSDirectory directory = FSDirectory.open(busy);
             IndexWriter rebuilding = new IndexWriter(directory, new IndexWriterConfig())) {
            index.start();
            assertThat(abandoned).doesNotExist();
            assertThat(busy).as("a rebuild in progress keeps its generation").exists();
        } finally {
            deleteRecursively(busy);
        }
    }

    @Test
    void theChildGetsTheSitesSettingsAndHeap() throws Exception {
        assertThat(separateBuild.settings())
                .containsEntry("dossier.data-dir", index.root().getParent().toString())
                .containsKey("spring.datasource.url")
                .containsEntry("spring.profiles.active", "test")
                .doesNotContainKey("dossier.task-mode");
        List<String> command = separateBuild.command();
        assertThat(command.get(0)).endsWith("/bin/java");
        assertThat(command).contains("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                org.dossier.Application.class.getName());
        assertThat(command.get(command.size() - 1)).isEqualTo("reindex");
        assertThat(separateBuild.wanted(FROM - 1)).isFalse();
        assertThat(separateBuild.wanted(FROM)).isTrue();
    }

    private List<String> generations() throws java.io.IOException {
        try (var entries = Files.list(index.root())) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Child JVMs of this one (the test's PostgreSQL server is a child process too). */
    private static List<ProcessHandle> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("/bin/java")).toList();
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
