package org.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void siteStartsWithoutArgumentsOrWithSpringOptionsOnly() {
        assertThat(Tasks.isTask(new String[0])).isFalse();
        assertThat(Tasks.isTask(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Tasks.isTask(new String[] {"import", "jsonl", "x.jsonl"})).isTrue();
        assertThat(Tasks.isTask(new String[] {"--help"})).isTrue();
    }

    @Test
    void helpListsTheTasksWithoutStartingSpring() {
        String out = capture(() -> assertThat(Tasks.run(Application.class, new String[] {"--help"})).isZero());
        assertThat(out).contains("Usage: dossier");
    }

    @Test
    void anUnknownTaskFailsWithANonZeroExitCode() {
        String out = capture(() -> assertThat(Tasks.run(Application.class, new String[] {"frobnicate"})).isNotZero());
        assertThat(out).contains("frobnicate");
    }

    private static String capture(Runnable action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
