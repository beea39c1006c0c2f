package org.dossier.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark documents: Reuters-21578 and the UN General Debates, repeated with distinct ids up to a count. */
final class BenchCorpus {

    /** One document as the benchmark loads it. */
    record Doc(String id, String title, String body, long date, String type, String place, String topic) {
    }

    private BenchCorpus() {
    }

    static void each(Path corpusDir, int count, Consumer<Doc> sink) throws IOException {
        JsonMapper json = new JsonMapper();
        int n = 0;
        for (int round = 0; n < count; round++) {
            for (String file : new String[] {"reuters21578.jsonl.gz", "ungdc-1946-2024.jsonl.gz"}) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(corpusDir.resolve(file))), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null && n < count; line = in.readLine()) {
                        JsonNode d = json.readTree(line);
                        String body = d.path("body").asText("");
                        String title = d.path("title").asText("");
                        if (title.isBlank()) {
                            title = body.isBlank() ? "Untitled" : body.substring(0, Math.min(60, body.length()));
                        }
                        boolean un = file.startsWith("ungdc");
                        String date = d.path("date").asText("1990");
                        long millis = java.time.LocalDate.parse(date.length() == 4 ? date + "-06-01"
                                : date.substring(0, 10)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
                        String place = un ? d.path("country").asText("") : first(d.path("places"));
                        String topic = un ? "general-debate" : d.path("category").asText("");
                        sink.accept(new Doc(d.path("id").asText() + (round == 0 ? "" : "-r" + round), title, body,
                                millis, un ? "report" : "press-release", place, topic));
                        n++;
                    }
                }
            }
        }
    }

    private static String first(JsonNode array) {
        return array.isArray() && !array.isEmpty() ? array.get(0).asText() : "";
    }
}
