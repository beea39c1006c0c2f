package org.dossier.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a JSONL file into batches on a thread of its own, at most two batches ahead. Reading
 * (gunzip, splitting lines) used to take turns with rendering on the importing thread while the
 * other cores waited; now the next batch is decompressed while the last one renders.
 */
final class BatchReader implements AutoCloseable {

    /** A line as read (undecoded UTF-8), with the number it is reported under. */
    record Pending(long line, byte[] text) {
    }

    /** Lines read for one batch, and how many blank lines were passed over on the way. */
    record Batch(List<Pending> lines, int blanks) {
    }

    private static final Batch END = new Batch(List.of(), 0);

    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(2);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-reader");
        t.setDaemon(true); // never what keeps a failed import's JVM alive
        return t;
    });
    private final Future<?> reading;

    /** Starts reading {@code file} in batches of at most {@code batchSize} lines and {@code maxBytes} bytes. */
    BatchReader(Path file, int batchSize, int maxBytes) {
        reading = thread.submit(() -> read(file, batchSize, maxBytes));
    }

    /**
     * The next batch, or null after the last one. A file that could not be read (wholly or from some
     * line on) ends with an {@link IOException}, after the batches read before the failure.
     */
    Batch next() throws IOException {
        Batch batch;
        try {
            batch = batches.take();
            if (batch != END) {
                return batch;
            }
            reading.get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("The import's reader failed", e.getCause());
        }
    }

    private Void read(Path file, int batchSize, int maxBytes) throws IOException, InterruptedException {
        try (ByteLines lines = JsonlFiles.lines(file)) {
            List<Pending> batch = new ArrayList<>(batchSize);
            long batchBytes = 0;
            int blanks = 0;
            long number = 0;
            for (byte[] text = lines.next(); text != null; text = lines.next()) {
                number++;
                if (ByteLines.isBlank(text)) {
                    blanks++;
                    continue;
                }
                batch.add(new Pending(number, text));
                batchBytes += text.length;
                if (batch.size() >= batchSize || batchBytes >= maxBytes) {
                    batches.put(new Batch(batch, blanks));
                    batch = new ArrayList<>(batchSize);
                    batchBytes = 0;
                    blanks = 0;
                }
            }
            batches.put(new Batch(batch, blanks));
        } finally {
            batches.put(END);
        }
        return null;
    }

    /** Stops reading (an import that failed elsewhere does not wait for the rest of the file). */
    @Override
    public void close() {
        reading.cancel(true);
        thread.shutdownNow();
    }
}
