package org.dossier.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@code reindex} task in a child JVM, for a site that starts with an index lacking many
 * publications. A site that built 100,000 publications in its own JVM took 3.4 ms at p50 for
 * bench/search.sh's queries, against 2.5 ms after a restart on the same index (a full GC did not
 * help), most likely because the JIT compiled the code indexing and searching share for the indexing.
 * The child also writes with the rebuild's large buffer: the live writer's index searched at 2.5 ms
 * where a rebuild's of the same database did at 2.0 ms (one measured run of each).
 * <p>
 * The child sees the site's settings: the same working directory and environment, and the values of
 * the site's {@code dossier.*} and {@code spring.datasource.*} keys (whatever set them: the command
 * line, a test) in {@code SPRING_APPLICATION_JSON}, which keeps passwords out of the process list.
 */
@Component
class SeparateBuild {

    /** The log of the last separate build, in the index folder. */
    static final String LOG = "separate-build.log";
    private static final String[] FORWARDED = {"dossier.", "spring.datasource.", "spring.flyway."};
    private final ConfigurableEnvironment environment;
    private final SearchProperties properties;
    private volatile Process running;

    SeparateBuild(ConfigurableEnvironment environment, SearchProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    /** Whether a start whose index lacks {@code missing} published items should rebuild it in a child JVM. */
    boolean wanted(long missing) {
        return properties.separateBuildFrom() > 0 && missing >= properties.separateBuildFrom();
    }

    /**
     * Runs the build and waits for it; true when the child exited normally (it has then made its
     * generation {@code CURRENT}). Its output goes to {@value #LOG} in {@code root}. Does not start when
     * {@code stopping} says the site is stopping ({@link #cancel} is then called, or has been).
     */
    boolean run(Path root, BooleanSupplier stopping) throws IOException, InterruptedException {
        Files.createDirectories(root);
        ProcessBuilder builder = new ProcessBuilder(command())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve(LOG).toFile());
        builder.environment().put("SPRING_APPLICATION_JSON", JsonMapper.builder().build().writeValueAsString(settings()));
        synchronized (this) {
            if (stopping.getAsBoolean()) {
                return false;
            }
            running = builder.start();
        }
        try {
            return running.waitFor() == 0;
        } finally {
            running.destroy();
        }
    }

    /** Stops a build in progress (the site is stopping); the unfinished generation is left for the next build to replace. */
    synchronized void cancel() throws InterruptedException {
        Process process = running;
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The child's command line: this JVM's java, heap and classes, then the task's name. */
    List<String> command() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = Arrays.stream(properties.separateBuildJvmOptions().trim().split("\\s+"))
                .filter(option -> !option.isEmpty()).toList();
        if (options.stream().noneMatch(option -> option.startsWith("-Xmx"))) {
            command.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
        }
        command.addAll(options);
        String classPath = System.getProperty("java.class.path");
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar") && isBootJar(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", classPath, org.dossier.Application.class.getName()));
        }
        command.add("reindex");
        return command;
    }

    /** The site's own values for the keys a build reads, and its profiles. */
    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (Arrays.stream(FORWARDED).anyMatch(name::startsWith) && !name.equals("dossier.task-mode")) {
                        settings.putIfAbsent(name, environment.getProperty(name, ""));
                    }
                }
            }
        }
        if (environment.getActiveProfiles().length > 0) {
            settings.put("spring.profiles.active", String.join(",", environment.getActiveProfiles()));
        }
        // the child may start elsewhere than the site resolved a relative data directory from
        settings.computeIfPresent("dossier.data-dir", (key, dir) -> Path.of(dir).toAbsolutePath().toString());
        return settings;
    }

    /** A Spring Boot jar runs with {@code -jar}; its classes are not on a plain class path. */
    private static boolean isBootJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Start-Class") != null;
        }
    }
}
