package org.dossier.admin;

import org.dossier.system.Progress;

/** One background job: what it is, how far it got, and how it ended. Its state changes on the job thread. */
final class Job implements Jobs.Tracker {

    static final int REPORTED = 500;

    enum State { WAITING, RUNNING, DONE, FAILED }

    private final String id;
    private final String kind;
    private final String label;
    private volatile long total;
    private final Progress progress;
    private final long startedAt;
    private volatile State state = State.WAITING;
    private volatile String message = "";
    private final java.util.List<String> report = new java.util.concurrent.CopyOnWriteArrayList<>();

    Job(String id, String kind, String label, long total, Progress progress, long startedAt) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.total = total;
        this.progress = progress;
        this.startedAt = startedAt;
    }

    JobView view() {
        State s = state;
        long total = this.total;
        long done = s == State.DONE ? Math.max(total, progress.done()) : progress.done();
        int percent = s == State.DONE ? 100 : total <= 0 ? 0 : (int) Math.min(99, 100 * done / total);
        return new JobView(id, label, s.name().toLowerCase(java.util.Locale.ROOT), done, Math.max(total, done), percent,
                message, java.util.List.copyOf(report));
    }

    /** The amount of work, once the job has found out (a file's items are known only after it was checked). */
    @Override
    public void total(long total) {
        this.total = total;
    }

    /** Keeps a line for the final report; the first {@value #REPORTED} are kept, then only a count. */
    @Override
    public void report(String line) {
        if (report.size() < REPORTED) {
            report.add(line);
        } else if (report.size() == REPORTED) {
            report.add("… and more; the first " + REPORTED + " are shown.");
        }
    }

    String label() {
        return label;
    }

    void running() {
        state = State.RUNNING;
    }

    void succeeded(String result) {
        message = result;
        state = State.DONE;
    }

    void failed(String why) {
        message = why;
        state = State.FAILED;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    String id() {
        return id;
    }

    String kind() {
        return kind;
    }

    long startedAt() {
        return startedAt;
    }
}
