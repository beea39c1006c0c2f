package org.dossier.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dossier.experts.ExpertRepository;
import org.dossier.importer.BatchWriter.Pending;
import org.dossier.importer.ImportResult.Problem;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationService;
import org.dossier.system.Progress;
import org.dossier.taxonomy.TaxonomyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a JSONL file. Each line is parsed and checked on its own before it joins a batch, so a
 * bad line is reported and skipped without costing its neighbours anything.
 */
@Service
public class JsonlImporter {

    private static final Logger log = LoggerFactory.getLogger(JsonlImporter.class);

    private final PublicationService publications;
    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final ExternalIds externalIds;
    private final Clock clock;

    JsonlImporter(PublicationService publications, TaxonomyRepository taxonomy, ExpertRepository experts,
                  ExternalIds externalIds, Clock clock) {
        this.publications = publications;
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.externalIds = externalIds;
        this.clock = clock;
    }

    /** Imports {@code file}; an {@link IOException} means the file could not be read (batches already saved stay). */
    ImportResult run(Path file, ImportOptions options, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        LineParser parser = new LineParser();
        LineMapper mapper = new LineMapper(new Vocabulary(taxonomy, experts, clock), options);
        BatchWriter writer = new BatchWriter(publications, externalIds, problems);
        List<Pending> batch = new ArrayList<>(options.batchSize());
        try (BufferedReader reader = JsonlFiles.open(file)) {
            long number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    progress.step(1);
                    continue;
                }
                try {
                    var input = mapper.toInput(parser.parse(number, text));
                    publications.validate(input);
                    batch.add(new Pending(number, input));
                } catch (BadLineException | InvalidPublicationException e) {
                    problems.add(new Problem(number, e.getMessage()));
                    progress.step(1);
                }
                if (batch.size() >= options.batchSize()) {
                    flush(writer, batch, progress);
                }
            }
            flush(writer, batch, progress);
        } finally {
            progress.finish();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ImportResult result = new ImportResult(writer.imported(), writer.updated(), problems.size(), seconds,
                List.copyOf(problems));
        log.info("Import of {}: {}", file, result.summary());
        return result;
    }

    private static void flush(BatchWriter writer, List<Pending> batch, Progress progress) {
        writer.write(batch);
        progress.step(batch.size());
        batch.clear();
    }
}
