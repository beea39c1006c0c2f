package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import org.dossier.publications.Status;
import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** A child JVM that cannot build (here: it does not even start) leaves the site to build the index itself. */
@OnSqlite
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"dossier.search.separate-build-from=2",
        "dossier.search.separate-build-jvm-options=-XX:+NoSuchOptionInAnyJvm"})
class SeparateBuildFailureTest extends SearchContractBase {

    @Autowired SearchIndex index;

    @Test
    void aFailedChildBuildIsLoggedAndTheSiteBuildsTheIndexItself(CapturedOutput log) throws Exception {
        String w = SearchFeaturesContract.word("fallback");
        docs.save("Fallback one " + w, w, Status.PUBLISHED, lastMonth);
        docs.save("Fallback two " + w, w, Status.PUBLISHED, lastMonth);
        index.stop();
        SeparateBuildContract.deleteRecursively(index.root());
        index.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(titles("q=" + w)).containsExactlyInAnyOrder("Fallback one " + w, "Fallback two " + w));
        assertThat(log.getOut()).contains("the separate build failed").contains("building in this process instead");
        assertThat(Files.readString(index.root().resolve(SeparateBuild.LOG))).contains("NoSuchOptionInAnyJvm");
    }
}
