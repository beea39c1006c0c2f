package org.dossier.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The threads that deliver the outbox: {@code concurrency} workers, each claiming a few due rows at
 * a time and sending them over its own SMTP connection, all sharing one rate limit. Idle workers
 * poll, and wake at once when a transaction that queued mail commits.
 */
class OutboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

    private final OutboxRepository repository;
    private final MailSettings settings;
    private final Clock clock;
    private final java.util.function.Supplier<Delivery> deliveries;
    private final RateLimit rate;
    private final Semaphore wake = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private MarkCommitter committer;

    OutboxWorkers(OutboxRepository repository, MailSettings settings, Clock clock,
                  java.util.function.Supplier<Delivery> deliveries) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.deliveries = deliveries;
        this.rate = new RateLimit(settings.ratePerSecond());
    }

    @Override
    public void start() {
        running = true;
        committer = new MarkCommitter(repository.dataSource(), repository.writeTurn(), clock);
        for (int i = 0; i < Math.max(1, settings.concurrency()); i++) {
            Thread thread = new Thread(this::work, "outbox-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        log.info("Outbox: {} worker(s), {}", threads.size(),
                settings.ratePerSecond() > 0 ? "at most " + settings.ratePerSecond() + " mails/s" : "no rate limit");
    }

    @Override
    public void stop() {
        running = false;
        wake.release(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        committer.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void filled(OutboxFilled event) {
        wake.release(threads.size());
    }

    /**
     * A worker's life: deliver while there is mail, sleep until woken or the poll interval passes.
     * An unexpected error (a database that refused a write, say) ends the batch, not the worker: its
     * connection is dropped, it pauses one poll interval and carries on; rows it held are claimed
     * again when their lease ends, as if it had died.
     */
    private void work() {
        try (Delivery delivery = deliveries.get()) {
            while (running) {
                boolean busy;
                try {
                    busy = workOnce(delivery);
                } catch (RuntimeException e) {
                    log.error("Outbox worker: unexpected error, pausing before the next batch", e);
                    delivery.reset();
                    busy = false;
                }
                if (!busy) {
                    delivery.disconnect();
                    wake.drainPermits();
                    wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Delivers everything due now with {@code concurrency} threads and returns when nothing is left
     * to claim (rows waiting for a retry later stay queued). For the {@code outbox-deliver} task.
     */
    long drain() throws InterruptedException {
        running = true;
        committer = new MarkCommitter(repository.dataSource(), repository.writeTurn(), clock);
        java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();
        for (int i = 0; i < Math.max(1, settings.concurrency()); i++) {
            Thread thread = new Thread(() -> {
                try (Delivery delivery = deliveries.get()) {
                    while (running && workOnce(delivery)) {
                        batches.incrementAndGet();
                    }
                }
            }, "outbox-drain-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
        running = false;
        committer.close();
        return batches.get();
    }

    /**
     * Rows one worker claims at once: no more than it can send in half the lease at the configured
     * rate, so that a slow but living worker is rarely overtaken (which would be safe, but wasted work).
     */
    private int claimSize() {
        if (settings.ratePerSecond() <= 0) {
            return settings.batchSize();
        }
        long perWorker = Math.max(1, settings.ratePerSecond() / Math.max(1, settings.concurrency()));
        long inHalfLease = perWorker * Math.max(1, settings.claimLease().toSeconds()) / 2;
        return (int) Math.max(1, Math.min(settings.batchSize(), inHalfLease));
    }

    /** Records the batch's per-mail marks as "sent" in one statement (also any a dead worker left). */
    private void fold() {
        try {
            repository.foldMarks();
        } catch (RuntimeException e) {
            log.warn("Outbox: could not record sent marks as sent yet ({}); the next batch will", e.getMessage());
        }
    }

    /** Claims and delivers one batch; false when nothing was due. */
    private boolean workOnce(Delivery delivery) {
        String claim = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<OutboxRow> rows;
        try {
            rows = repository.claim(claim, claimSize(), now, now.minus(settings.claimLease()));
        } catch (RuntimeException e) {
            log.warn("Outbox: could not claim rows ({}); trying again", e.getMessage());
            return false;
        }
        if (rows.isEmpty()) {
            return false;
        }
        try {
            delivery.deliver(rows, committer, rate, () -> running);
        } finally {
            fold();
        }
        return !rows.isEmpty();
    }

}
