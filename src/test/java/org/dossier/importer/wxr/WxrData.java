package org.dossier.importer.wxr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The shared WordPress exports and their expected counts ({@code ../shared/data/wxr}). */
final class WxrData {

    static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../shared/data/wxr").normalize();

    private WxrData() {
    }

    static Path dir() {
        assumeTrue(Files.isDirectory(DIR), "shared WXR data not present at " + DIR);
        return DIR;
    }

    static Path file(String relative) {
        return dir().resolve(relative);
    }

    /** Every XML file of the corpus, by file name. */
    static Map<String, Path> files() {
        try (Stream<Path> walk = Files.walk(dir())) {
            Map<String, Path> files = new LinkedHashMap<>();
            walk.filter(p -> p.toString().endsWith(".xml")).sorted()
                    .forEach(p -> files.put(p.getFileName().toString(), p));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COUNTS.jsonl by file name. */
    static Map<String, JsonNode> counts() {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> counts = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(dir().resolve("COUNTS.jsonl"))) {
            lines.filter(l -> !l.isBlank()).forEach(l -> {
                JsonNode node = json.readTree(l);
                counts.put(node.get("file").asString(), node);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** The numeric counts of one COUNTS.jsonl entry (authors, items, type:*, …). */
    static Map<String, Long> numericCounts(JsonNode entry) {
        Map<String, Long> numbers = new java.util.TreeMap<>();
        entry.properties().forEach(f -> {
            if (f.getValue().isNumber()) {
                numbers.put(f.getKey(), f.getValue().asLong());
            }
        });
        return numbers;
    }
}
