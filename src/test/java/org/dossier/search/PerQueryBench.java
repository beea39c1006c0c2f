package org.dossier.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Per-query figures for {@code bench/search.sh}: which of the fixed queries make the tail. Each query runs
 * {@code rounds} times in a row (one client); the line gives its median and worst latency and the CPU it
 * cost: the whole process's CPU (from {@code /proc/PID/stat}, so GC and JIT included), of the server for
 * HTTP and of this JVM for the in-process floor. CPU per query, unlike latency, is hardly
 * moved by other work on a shared machine, so it is the figure to compare changes by.
 */
final class PerQueryBench {

    private PerQueryBench() {
    }

    /** Median and worst latency, and CPU per call: all threads, the threads doing the work, GC, JIT. */
    record Line(String query, double p50Ms, double maxMs, double cpuMs, double workMs, double gcMs, double jitMs) {
    }

    static void http(int port, long pid, int rounds) throws Exception {
        try (BenchHttp client = new BenchHttp(port)) {
            print("http", measure(rounds, () -> cpu(pid, "http-nio-"), q -> client.get("/api/search?" + q)));
        }
    }

    static void raw(Path indexDir, Path db, int rounds) throws Exception {
        try (FSDirectory d = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
                    SearchDocuments.facetsConfig());
            SearchBench.Call floor = SearchBench.floor(searcher, state, db);
            // the whole process's CPU, like the server's figure (GC and JIT threads included)
            long pid = ProcessHandle.current().pid();
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            print("raw-lucene", measure(rounds, () -> {
                long[] cpu = cpu(pid, "none");
                cpu[1] = threads.getCurrentThreadCpuTime(); // exact, not in clock ticks
                return cpu;
            }, floor));
        }
    }

    /** FTS5's same-answer queries ({@link BenchFts}), on an FTS5 database already loaded. */
    static void fts(Path db, int rounds) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long pid = ProcessHandle.current().pid();
            print("sqlite-fts5", measure(rounds, () -> cpu(pid, "main"), BenchFts.sameAnswer(c)));
        }
    }

    interface Clock {
        long[] nanos() throws Exception;
    }

    /** Every query, or those matching the regular expression in system property {@code queries}. */
    static List<String> queries() {
        String only = System.getProperty("queries");
        return only == null ? BenchQueries.ALL : BenchQueries.ALL.stream().filter(q -> q.matches(only)).toList();
    }

    static List<Line> measure(int rounds, Clock cpu, SearchBench.Call call) throws Exception {
        List<String> queries = queries();
        for (int warm = 0; warm < 10; warm++) {
            for (String q : queries) {
                call.run(q);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String q : queries) {
            long[] lat = new long[rounds];
            long[] cpu0 = cpu.nanos();
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                call.run(q);
                lat[i] = System.nanoTime() - s;
            }
            long[] cpu1 = cpu.nanos();
            double[] used = new double[cpu1.length];
            for (int i = 0; i < used.length; i++) {
                used[i] = (cpu1[i] - cpu0[i]) / 1e6 / rounds;
            }
            Arrays.sort(lat);
            lines.add(new Line(q, lat[rounds / 2] / 1e6, lat[rounds - 1] / 1e6, used[0], used[1], used[2], used[3]));
        }
        return lines;
    }

    /**
     * CPU nanoseconds (utime + stime, clock ticks of 10 ms) of a process's threads: all of them, those whose
     * name starts with {@code work}, the garbage collector's and the JIT compilers'.
     */
    static long[] cpu(long pid, String work) throws Exception {
        long[] out = new long[4];
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    stat = Files.readString(task.resolve("stat"));
                } catch (java.io.IOException threadEnded) {
                    continue;
                }
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                out[0] += nanos;
                if (name.startsWith(work)) {
                    out[1] += nanos;
                } else if (name.startsWith("GC ") || name.startsWith("G1 ")) {
                    out[2] += nanos;
                } else if (name.contains("CompilerThre")) {
                    out[3] += nanos;
                }
            }
        }
        return out;
    }

    static void print(String what, List<Line> lines) {
        System.out.printf("%s per-query means: p50 %.2f ms, CPU %.2f ms (working threads %.2f, GC %.2f, JIT %.2f)%n",
                what, mean(lines, Line::p50Ms), mean(lines, Line::cpuMs), mean(lines, Line::workMs),
                mean(lines, Line::gcMs), mean(lines, Line::jitMs));
        lines.stream().sorted(Comparator.comparingDouble(Line::p50Ms).reversed()).forEach(l -> System.out.printf(
                "%s query=%-46s p50_ms=%6.2f max_ms=%7.2f cpu_ms=%6.2f work_ms=%6.2f gc_ms=%5.2f%n", what, l.query,
                l.p50Ms, l.maxMs, l.cpuMs, l.workMs, l.gcMs));
    }

    private static double mean(List<Line> lines, java.util.function.ToDoubleFunction<Line> f) {
        return lines.stream().mapToDouble(f).average().orElse(0);
    }
}
