package org.dossier.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export FILE.json}: every table (content, experts, taxonomy, redirects, subscribers and their consent
 * records, whatever features are installed) as {@code {"tables": {"name": [row, …]}}}, streamed to disk.
 */
@Service
public class JsonExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExportRepository repository;
    private final Clock clock;

    JsonExport(ExportRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Writes the export; returns rows written per table. */
    public Map<String, Long> export(Path file) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (OutputStream out = Files.newOutputStream(file); JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", "dossier-export");
            json.writeNumberProperty("version", 1);
            json.writeStringProperty("exportedAt", clock.instant().toString());
            json.writeName("tables");
            json.writeStartObject();
            for (String table : repository.tables()) {
                json.writeName(table);
                json.writeStartArray();
                long[] n = {0};
                repository.rows(table, row -> {
                    json.writePOJO(row);
                    n[0]++;
                });
                json.writeEndArray();
                counts.put(table, n[0]);
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return counts;
    }
}
