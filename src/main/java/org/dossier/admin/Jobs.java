package org.dossier.admin;

import jakarta.annotation.PreDestroy;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dossier.system.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Long tasks started from the back office, each on a background thread, kept in memory by id so
 * their page can show progress after a reload. One job of a kind runs at a time (a second "rebuild"
 * shows the running one); different kinds run side by side, so a newsletter waiting for its last
 * deliveries never holds up an import. The registry is per node and lost on restart: a task it ran
 * leaves its own lasting trace (the new index generation, the imported items, the outbox, the audit log).
 */
@Component
class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final int KEPT = 20;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "admin-jobs");
        t.setDaemon(true);
        return t;
    });

    /** The work of a job: reports to the given progress (and the total once known), returns a line for the page. */
    interface Work {
        String run(Progress progress, Tracker job) throws Exception;
    }

    /** What a running job can tell its page besides progress: the total once known, lines of its final report. */
    interface Tracker {
        void total(long total);

        void report(String line);
    }

    /** A failure the person who started the job can act on: its message is shown as it is. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Starts {@code work} unless a job of the same kind is waiting or running; returns the job to watch. */
    synchronized Job start(String kind, String label, long total, Work work) {
        Optional<Job> busy = busy(kind);
        if (busy.isPresent()) {
            return busy.get();
        }
        Progress progress = new Progress(label, total, new PrintStream(OutputStream.nullOutputStream()), false);
        Job job = new Job(UUID.randomUUID().toString(), kind, label, total, progress, System.currentTimeMillis());
        forgetOld();
        jobs.put(job.id(), job);
        runner.execute(() -> {
            job.running();
            try {
                job.succeeded(work.run(progress, job));
            } catch (Refused e) {
                job.failed(e.getMessage());
            } catch (Exception | LinkageError e) {
                log.error("Background job {} ({}) failed", job.id(), label, e);
                job.failed("The job failed: " + e.getClass().getSimpleName() + ". The log has the details.");
            }
        });
        return job;
    }

    /** The job of this kind that is waiting or running, if any. */
    Optional<Job> busy(String kind) {
        return jobs.values().stream().filter(j -> j.kind().equals(kind) && !j.finished()).findFirst();
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The most recently started job of a kind, for the dashboard. */
    Optional<Job> latest(String kind) {
        return jobs.values().stream().filter(j -> j.kind().equals(kind)).max(Comparator.comparingLong(Job::startedAt));
    }

    /** The most recently started jobs of every kind, newest first. */
    List<Job> recent(int limit) {
        return jobs.values().stream().sorted(Comparator.comparingLong(Job::startedAt).reversed()).limit(limit).toList();
    }

    private void forgetOld() {
        jobs.values().stream().filter(Job::finished).sorted(Comparator.comparingLong(Job::startedAt))
                .limit(Math.max(0, jobs.size() - KEPT + 1)).toList().forEach(j -> jobs.remove(j.id()));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
