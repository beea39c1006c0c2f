package org.dossier.search;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.system.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The index as derived data: repair after a crash, rebuild beside the live index, analytics. */
@ExtendWith(OutputCaptureExtension.class)
abstract class SearchRepairContract extends SearchContractBase {

    @Autowired SearchIndex index;
    @Autowired IndexRebuilder rebuilder;
    @Autowired IndexFeeder feeder;
    @Autowired PublicationRepository publications;
    @Autowired ExpertRepository experts;
    @Autowired AttachmentText attachments;

    @Test
    void startAfterACrashRepairsEveryDifferenceAndSaysSo(CapturedOutput log) throws Exception {
        String w = SearchFeaturesContract.word("crash");
        long lost = docs.save("Lost " + w, w, Status.PUBLISHED, lastMonth);
        long stale = docs.save("Stale " + w, w, Status.PUBLISHED, lastMonth);
        long pulled = docs.save("Pulled " + w, w, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "Pulled " + w);

        index.stop();
        // What a kill -9 can leave behind: the marker still there, updates that never reached the index.
        fixtures.service().withdraw(pulled);
        try (FSDirectory dir = FSDirectory.open(index.root().resolve(index.layout().current()));
             IndexWriter raw = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            raw.deleteDocuments(new Term(Fields.ID, Fields.publicationId(lost)));
            raw.updateNumericDocValue(new Term(Fields.ID, Fields.publicationId(stale)), Fields.VERSION, 0);
        }
        index.layout().markRunning();
        index.start();

        assertThat(log.getOut()).contains("did not stop cleanly");
        // The start-up check runs in the background; the site serves meanwhile.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(titles("q=" + w)).containsExactlyInAnyOrder("Lost " + w, "Stale " + w));
        // the repair is visible to searchers before the check ends and logs its summary
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(log.getOut()).contains("difference(s) repaired"));
        assertThat(index.indexedVersions().get(Fields.publicationId(stale))).isPositive();
    }

    @Test
    void anIndexOfAnOlderLayoutIsRebuiltInTheBackgroundAtStartAndKeepsItsVersion(CapturedOutput log) throws Exception {
        String w = SearchFeaturesContract.word("upgrade");
        docs.save("Upgraded " + w, "A body that mentions " + w + " in passing.", Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "Upgraded " + w);

        index.stop();
        String old = index.layout().current();
        // What an older Dossier left behind: a commit without a layout version.
        try (FSDirectory dir = FSDirectory.open(index.root().resolve(old))) {
            try (IndexWriter raw = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
                raw.setLiveCommitData(Map.<String, String>of().entrySet(), true);
                raw.commit();
            }
            assertThat(IndexFormat.of(dir)).isEqualTo(1);
        }
        index.start();

        assertThat(titles("q=" + w)).containsExactly("Upgraded " + w); // served meanwhile
        await().atMost(Duration.ofSeconds(60)).until(() -> !old.equals(index.generation()));
        assertThat(log.getOut()).contains("has layout version 1").contains("rebuilding it in the background");
        assertThat((String) JsonPath.read(api("q=" + w), "$.results[0].snippet")).contains("<mark>" + w + "</mark>");
        // the live writer's own commits keep the version, so the next start does not rebuild again
        index.stop();
        try (FSDirectory dir = FSDirectory.open(index.root().resolve(index.layout().current()))) {
            assertThat(IndexFormat.of(dir)).isEqualTo(IndexFormat.CURRENT);
        }
        long restarted = System.currentTimeMillis();
        index.start();
        assertThat(titles("q=" + w)).containsExactly("Upgraded " + w);
        // let the start-up check finish here rather than slow down the next test class's updates
        await().atMost(Duration.ofSeconds(60)).until(() -> index.lastCheckedAt() >= restarted);
    }

    @Test
    void reindexBuildsANewGenerationWhileTheSiteServesAndSwitchesAtomically() throws Exception {
        String w = SearchFeaturesContract.word("reindex");
        docs.save("Kept " + w, w, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "Kept " + w);
        String before = index.generation();

        IndexRebuilder.Result result = rebuilder.rebuild();

        assertThat(result.generation()).isNotEqualTo(before);
        assertThat(result.documents()).isPositive();
        await().atMost(Duration.ofSeconds(5)).until(() -> result.generation().equals(index.generation()));
        assertThat(titles("q=" + w)).containsExactly("Kept " + w);
        await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(index.root().resolve(before)));
    }

    @Test
    void aRebuildPairsTheSitesOwnCommonWordsAndEveryLaterUpdateUsesTheSameList() throws Exception {
        String a = SearchFeaturesContract.word("pairone");
        String b = SearchFeaturesContract.word("pairtwo");
        // enough publications holding both words for them to be common (one in twenty of the sample)
        long needed = Math.max(2, Math.min(feeder.publishedCount() + 100, CommonWords.SAMPLE) / 20) + 1;
        for (int i = 0; i < needed; i++) {
            docs.save("Common " + i + " " + a, "Here " + a + " " + b + " recur.", Status.PUBLISHED, lastMonth);
        }
        IndexRebuilder.Result result = rebuilder.rebuild();
        await().atMost(Duration.ofSeconds(5)).until(() -> result.generation().equals(index.generation()));
        Set<String> kept = CommonWords.read(index.root().resolve(result.generation())).words();
        assertThat(kept).contains(analysed(a), analysed(b)).hasSizeLessThanOrEqualTo(CommonWords.SIZE);

        // published after the rebuild: paired by the generation's list, so the pair answers the phrase
        docs.save("Later " + a, "Then " + a + " " + b + " again.", Status.PUBLISHED, lastMonth);
        awaitFound("q=%22" + a + "+" + b + "%22", "Later " + a);
        PhraseQuery phrase = (PhraseQuery) new QueryBuilder(Analyzers.english()).createPhraseQuery(Fields.TEXT,
                a + " " + b);
        boolean byPair = index.read(s -> new PairPhraseQuery(phrase).answeredByPair(s.getIndexReader()));
        int pairCount = index.<Integer>read(s -> s.count(new PairPhraseQuery(phrase)));
        int positionCount = index.<Integer>read(s -> s.count(phrase));
        assertThat(byPair).isTrue();
        assertThat(pairCount).isEqualTo((int) needed + 1).isEqualTo(positionCount);
        assertThat(titles("q=%22" + b + "+" + a + "%22")).as("the other order is not the phrase").isEmpty();
    }

    @Test
    void aRebuildInSmallBatchesWritesEveryPublishedPublicationOnce(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 12; i++) {
            docs.save("Batched " + i, "Indexed in a batch of five.", Status.PUBLISHED, lastMonth);
        }
        docs.save("Batched draft", "Never indexed.", Status.DRAFT, lastMonth);
        // batches of 5, each indexed on every core
        IndexFeeder batched = new IndexFeeder(publications, experts, attachments,
                new SearchProperties(250, 5, 200_000, 500, 5_000, 60_000, 0, ""));
        List<Long> published = publications.publishedIds();
        Progress progress = new Progress("Batched", published.size(),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            assertThat(batched.rebuild(writer, CommonWords.NONE, progress)).isEqualTo(published.size());
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Set<String> ids = new HashSet<>();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    String id = reader.storedFields().document(doc).get(Fields.ID);
                    if (id.startsWith("p")) {
                        assertThat(ids.add(id)).as("written once: " + id).isTrue();
                    }
                }
                assertThat(ids).isEqualTo(published.stream().map(Fields::publicationId).collect(toSet()));
                assertThat(progress.done()).isEqualTo(published.size());
            }
        }
    }

    private static String analysed(String word) throws java.io.IOException {
        return Tokens.of(Analyzers.english(), Fields.TEXT, word).get(0);
    }

    @Test
    void queriesAreCountedAndZeroResultQueriesListedForEditors() throws Exception {
        String w = SearchFeaturesContract.word("nothingmatches");
        api("q=" + w);
        api("q=" + w.toUpperCase());
        String json = mvc.perform(get("/admin/api/search/queries?zero=true&limit=1000").with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> counts = JsonPath.read(json, "$.queries[?(@.query=='" + w + "')].searches");
        assertThat(counts).containsExactly(2);
        assertThat(json).doesNotContain("127.0.0.1", "JSESSIONID");
        String bad = mvc.perform(get("/admin/api/search/queries?limit=0").with(editor())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(bad, "$.message")).contains("limit");
    }

    /** Spring Security's test user, set on the request (equivalent to {@code @WithMockUser(roles = "EDITOR")}). */
    static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("editor")
                .roles("EDITOR");
    }

    @Test
    void analyticsAreNotPublic() throws Exception {
        mvc.perform(get("/admin/api/search/queries")).andExpect(status().is4xxClientError());
    }
}
