package org.dossier.mail;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks mails "sent" just before their final dot, for all workers together, and sends the dots.
 *
 * <p>An SMTP server accepts a message only when it receives the final dot; if the connection drops
 * before it, the server discards the message (RFC 5321, 4.1.1.4). So each mail's mark is committed
 * before its dot leaves: a row still unmarked after a crash was certainly not accepted and is sent
 * again, and a marked row is never sent again. What remains, stated plainly:
 * <ul>
 * <li>A kill between the commit and the dot leaving this process loses the mails of that commit:
 * the rows say sent, the server never got their dots. Never sent twice. The window holds no thread
 * wake-up: this thread commits and then writes the dots itself, one short socket write per
 * connection (microseconds each), so it is at most one mail per connection.</li>
 * <li>If the connection breaks after the dot but before the server's reply, the server may or may
 * not have accepted the message; the row stays "sent" (no duplicate, possibly an unrecorded
 * refusal). No SMTP client can know more.</li>
 * </ul>
 *
 * <p>Why one thread for everyone: SQLite has one writer at a time, and a commit per mail made the
 * workers queue behind each other's commits. Here the marks waiting while one commit runs go into
 * the next (group commit), so a commit serves up to one mail per connection and no worker waits
 * for a timer. The commit returns at once ({@link MarkConnection}); {@link OutboxRepository#foldMarks}
 * turns marked rows into "sent" later, a batch at a time.
 */
final class MarkCommitter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MarkCommitter.class);

    enum Outcome { PENDING, MARKED, LOST, FAILED }

    /** One mail whose content is written, waiting for its mark and its dot. */
    static final class Mark {
        private final OutboxRow row;
        private final SmtpConnection connection;
        private final byte[] tail;
        private final Thread waiter = Thread.currentThread();
        private boolean marked;
        private volatile Exception error;
        private volatile Outcome outcome = Outcome.PENDING;

        private Mark(OutboxRow row, SmtpConnection connection, byte[] tail) {
            this.row = row;
            this.connection = connection;
            this.tail = tail;
        }

        /** Why the mark failed, or why the dot may not have left (then the outcome is still MARKED). */
        Exception error() {
            return error;
        }
    }

    private final LinkedBlockingQueue<Mark> queue = new LinkedBlockingQueue<>();
    private final DataSource dataSource;
    private final Lock writeTurn;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean open = true;
    private MarkConnection connection;

    MarkCommitter(DataSource dataSource, Lock writeTurn, Clock clock) {
        this.dataSource = dataSource;
        this.writeTurn = writeTurn;
        this.clock = clock;
        this.thread = new Thread(this::run, "outbox-marks");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Asks for {@code row} to be marked sent and, once that is committed, for {@code tail} (the final
     * dot, and perhaps the next mail's commands) to be written to {@code connection}.
     */
    Mark submit(OutboxRow row, SmtpConnection connection, byte[] tail) {
        Mark mark = new Mark(row, connection, tail);
        queue.add(mark);
        return mark;
    }

    /** Waits until the mark is decided (and, if MARKED, the tail written). */
    Outcome await(Mark mark) {
        Outcome outcome;
        while ((outcome = mark.outcome) == Outcome.PENDING) {
            LockSupport.park(this);
        }
        return outcome;
    }

    private void run() {
        List<Mark> group = new ArrayList<>();
        try {
            while (open || !queue.isEmpty()) {
                Mark first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    disconnect(); // idle: the connection goes back to the pool until mail flows again
                    continue;
                }
                group.add(first);
                queue.drainTo(group);
                commitGroup(group);
                for (Mark mark : group) {
                    if (mark.marked) {
                        try {
                            mark.connection.send(mark.tail);
                        } catch (IOException | RuntimeException e) {
                            mark.error = e; // marked, and the dot perhaps never left: kept "sent", never doubled
                        }
                    }
                }
                for (Mark mark : group) {
                    mark.outcome = mark.marked ? Outcome.MARKED : mark.error != null ? Outcome.FAILED : Outcome.LOST;
                    LockSupport.unpark(mark.waiter);
                }
                group.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disconnect();
        }
    }

    /** One transaction for the whole group; on any error none of it counts. */
    private void commitGroup(List<Mark> group) {
        writeTurn.lock();
        try {
            if (connection == null) {
                connection = new MarkConnection(dataSource);
            }
            long now = clock.millis();
            connection.begin();
            for (Mark mark : group) {
                mark.marked = connection.mark(mark.row, now);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            log.warn("Outbox: could not mark {} mail(s) sent; not sending them now ({})", group.size(), e.getMessage());
            for (Mark mark : group) {
                mark.marked = false;
                mark.error = e;
            }
            disconnect();
        } finally {
            writeTurn.unlock();
        }
    }

    private void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** Finishes every mark handed over so far, then stops. Call after the workers have stopped. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
