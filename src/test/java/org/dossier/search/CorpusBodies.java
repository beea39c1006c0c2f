package org.dossier.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/** Bodies of the shared corpora's documents (../shared/data/corpus), for the analysis tests. */
final class CorpusBodies {

    static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../shared/data/corpus").normalize();

    private CorpusBodies() {
    }

    /** The bodies of {@code count} documents of {@code file}, after skipping {@code skip}. */
    static List<String> read(String file, int skip, int count) throws IOException {
        JsonMapper json = new JsonMapper();
        List<String> bodies = new ArrayList<>(count);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DIR.resolve(file))), StandardCharsets.UTF_8))) {
            int seen = 0;
            for (String line = in.readLine(); line != null && seen < skip + count; line = in.readLine(), seen++) {
                if (seen >= skip) {
                    bodies.add(json.readTree(line).get("body").asText());
                }
            }
        }
        return bodies;
    }
}
