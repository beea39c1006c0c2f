package org.dossier.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of "sent" marks. Every worker, just before the final dot of a message, hands its
 * row here and waits; one thread commits all the marks waiting at that moment in a single
 * transaction and lets the workers send their dots. One writer instead of one per worker means
 * no SQLite lock contention (whose busy-wait sleeps cost milliseconds) and one commit for many
 * mails. The crash window grows only by the hand-back to the waiting worker (microseconds).
 */
final class SentMarker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentMarker.class);
    private static final int MAX_GROUP = 256;

    private final OutboxRepository repository;
    private final Clock clock;
    private final BlockingQueue<Mark> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    SentMarker(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.thread = new Thread(this::run, "outbox-marker");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Marks the row sent, durably; false if its claim was lost (then the message must not be finished). */
    boolean mark(OutboxRow row) throws java.io.IOException {
        Mark mark = new Mark(row.id(), row.claim(), new CompletableFuture<>());
        queue.add(mark);
        try {
            return mark.done().get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException("Interrupted while marking the mail sent", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new java.io.IOException("Could not mark the mail sent", e);
        }
    }

    private void run() {
        List<Mark> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Mark first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Mark> group) {
        try (SentMarks marks = repository.sentMarks()) {
            boolean[] done = marks.markAll(group.stream().map(Mark::id).toList(),
                    group.stream().map(Mark::claim).toList(), clock.instant());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(done[i]);
            }
        } catch (RuntimeException e) {
            log.warn("Could not mark {} mail(s) sent; they will not be finished now", group.size(), e);
            group.forEach(m -> m.done().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Mark(long id, String claim, CompletableFuture<Boolean> done) {
    }
}
