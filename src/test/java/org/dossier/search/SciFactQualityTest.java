package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Dossier's ranking on the 300 SciFact test queries must reach the published BM25 reference
 * (Anserini, title + text in one field: nDCG@10 0.679). The title boost was chosen on the train queries.
 */
class SciFactQualityTest {

    @Test
    void lexicalRankingReachesTheAnseriniBm25ReferenceOnSciFactTest() throws Exception {
        Path dir = Path.of(System.getProperty("user.dir")).resolve("../shared/data/ir/scifact").normalize();
        assumeTrue(Files.exists(dir.resolve("corpus.jsonl")), "SciFact data is not present at " + dir);
        SciFactEvaluator.Scores scores = new SciFactEvaluator(dir)
                .evaluate(dir.resolve("qrels/test.tsv"), LuceneQueries.TITLE_BOOST);
        System.out.printf("SciFact test: nDCG@10=%.4f R@100=%.4f (%d queries)%n", scores.ndcg10(),
                scores.recall100(), scores.queries());
        assertThat(scores.queries()).isEqualTo(300);
        assertThat(scores.ndcg10()).isGreaterThanOrEqualTo(0.679);
        assertThat(scores.recall100()).isGreaterThanOrEqualTo(0.90);
    }
}
