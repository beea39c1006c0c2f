package org.dossier.admin;

import jakarta.annotation.PreDestroy;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.Comparator;
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
 * Long tasks started from the back office, run one at a time on a background thread and kept in
 * memory by id so their page can show progress after a reload. The registry is per node and lost on
 * restart: a task it ran leaves its own lasting trace (the new index generation, the audit log).
 */
@Component
class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final int KEPT = 20;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-jobs");
        t.setDaemon(true);
        return t;
    });

    /** The work of a job: reports to the given progress, returns a line for the page when done. */
    interface Work {
        String run(Progress progress) throws Exception;
    }

    /** Starts {@code work} unless a job of the same kind is waiting or running; returns the job to watch. */
    synchronized Job start(String kind, String label, long total, Work work) {
        Optional<Job> busy = jobs.values().stream().filter(j -> j.kind().equals(kind) && !j.finished()).findFirst();
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
                job.succeeded(work.run(progress));
            } catch (Exception | LinkageError e) {
                log.error("Background job {} ({}) failed", job.id(), label, e);
                job.failed("The job failed: " + e.getClass().getSimpleName() + ". The log has the details.");
            }
        });
        return job;
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The most recently started job of a kind, for the dashboard. */
    Optional<Job> latest(String kind) {
        return jobs.values().stream().filter(j -> j.kind().equals(kind)).max(Comparator.comparingLong(Job::startedAt));
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
