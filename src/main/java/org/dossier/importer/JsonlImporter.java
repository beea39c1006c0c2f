package org.dossier.importer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.experts.ExpertRepository;
import org.dossier.importer.BatchWriter.Ready;
import org.dossier.importer.ImportResult.Problem;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationService;
import org.dossier.system.Progress;
import org.dossier.taxonomy.TaxonomyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a JSONL file. Each line is parsed and checked on its own before it joins a batch, so a
 * bad line is reported and skipped without costing its neighbours anything. A pipeline keeps the
 * cores busy: while one thread writes batch n (one transaction), batch n+1 is parsed, checked and
 * rendered on all cores.
 */
@Service
public class JsonlImporter {

    private static final Logger log = LoggerFactory.getLogger(JsonlImporter.class);
    /**
     * A batch also ends at this much input. Long texts (speeches of 19 KB) in batches of a thousand
     * kept the writer waiting for the first batch and the renderers idle behind the last, and
     * carried a hundred megabytes from one young collection to the next.
     */
    static final int MAX_BATCH_BYTES = 4 << 20;

    private final PublicationService publications;
    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    JsonlImporter(PublicationService publications, TaxonomyRepository taxonomy, ExpertRepository experts,
                  Clock clock, PlatformTransactionManager transactions) {
        this.publications = publications;
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A line as read (undecoded UTF-8), with the number it is reported under. */
    private record Pending(long line, byte[] text) {
    }

    /** Imports {@code file}; an {@link IOException} means the file could not be read (batches already saved stay). */
    public ImportResult run(Path file, ImportOptions options, Progress progress) throws IOException {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        LineParser parser = new LineParser(options.titleFromBody());
        LineMapper mapper = new LineMapper(new Vocabulary(taxonomy), options);
        BatchWriter writer = new BatchWriter(publications, new Links(taxonomy, experts, clock), transaction, problems);
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-writer"));
        Pipeline pipeline = new Pipeline(parser, mapper, writer, writerThread, progress, problems);
        List<Pending> batch = new ArrayList<>(options.batchSize());
        long batchBytes = 0;
        try (ByteLines lines = JsonlFiles.lines(file)) {
            long number = 0;
            for (byte[] text = lines.next(); text != null; text = lines.next()) {
                number++;
                if (ByteLines.isBlank(text)) {
                    progress.step(1);
                    continue;
                }
                batch.add(new Pending(number, text));
                batchBytes += text.length;
                if (batch.size() >= options.batchSize() || batchBytes >= MAX_BATCH_BYTES) {
                    pipeline.submit(batch);
                    batch = new ArrayList<>(options.batchSize());
                    batchBytes = 0;
                }
            }
            pipeline.submit(batch);
        } finally {
            pipeline.drain();
            writerThread.shutdown();
            progress.finish();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Problem> sorted = problems.stream().sorted(Comparator.comparingLong(Problem::line)).toList();
        double cpu = cpuStarted < 0 ? -1 : (processCpuNanos() - cpuStarted) / 1e9;
        ImportResult result = new ImportResult(writer.imported(), writer.updated(), sorted.size(), seconds, cpu, sorted);
        log.info("Import of {}: {}", file, result.summary());
        return result;
    }

    /** Lines in the file (gzip read through), for a progress bar with an end. */
    public long lines(Path file) throws IOException {
        return JsonlFiles.countLines(file);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * Parses, checks and renders a batch on all cores, then hands it to the single writer thread
     * once the previous write is done.
     */
    private final class Pipeline {
        private final LineParser parser;
        private final LineMapper mapper;
        private final BatchWriter writer;
        private final ExecutorService writerThread;
        private final Progress progress;
        private final List<Problem> problems;
        private Future<?> writing;
        private int writingSize;

        Pipeline(LineParser parser, LineMapper mapper, BatchWriter writer, ExecutorService writerThread,
                 Progress progress, List<Problem> problems) {
            this.parser = parser;
            this.mapper = mapper;
            this.writer = writer;
            this.writerThread = writerThread;
            this.progress = progress;
            this.problems = problems;
        }

        void submit(List<Pending> batch) {
            List<Ready> ready = batch.parallelStream().map(this::render).filter(Objects::nonNull).toList();
            drain();
            writingSize = batch.size();
            writing = writerThread.submit(() -> writer.write(ready));
        }

        private Ready render(Pending p) {
            PublicationInput input;
            ImportLine line;
            try {
                line = parser.parse(p.line(), p.text());
                input = mapper.toInput(line);
                publications.validate(input);
            } catch (BadLineException | InvalidPublicationException e) {
                problems.add(new Problem(p.line(), e.getMessage()));
                return null;
            }
            try {
                return new Ready(p.line(), publications.prepare(input), LinkNames.of(line));
            } catch (RuntimeException e) {
                problems.add(new Problem(p.line(), "cannot render the body: " + BatchWriter.reason(e)));
                return null;
            }
        }

        /** Waits for the batch being written; progress is only touched from the reading thread. */
        void drain() {
            if (writing == null) {
                return;
            }
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("The import's writer failed", e.getCause());
            } finally {
                writing = null;
                progress.step(writingSize);
            }
        }
    }
}
