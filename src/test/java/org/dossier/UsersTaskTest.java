package org.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code dossier users create}: the first admin without any default password. */
class UsersTaskTest {

    private Path dataDir;

    @BeforeEach
    void dataDir() throws Exception {
        dataDir = Files.createTempDirectory("dossier-users-task-");
        System.setProperty("dossier.data-dir", dataDir.toString());
        System.setProperty("dossier.demo", "false");
    }

    @AfterEach
    void clear() {
        System.clearProperty("dossier.data-dir");
        System.clearProperty("dossier.demo");
    }

    @Test
    void createsAnAdminWithAGeneratedPasswordPrintedOnceAndRefusesDuplicatesAndWeakPasswords() throws Exception {
        String[] create = {"users", "create", "--email", "Chief@Example.org", "--role", "admin"};
        Result first = run(create, "");
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).contains("Created admin chief@example.org").containsPattern("Password \\(shown once.*\\): \\S{20}");

        Result again = run(create, "");
        assertThat(again.code()).isNotZero();
        assertThat(again.out()).contains("already exists");

        Result weak = run(new String[] {"users", "create", "--email", "ed@example.org", "--role", "editor"}, "short\n");
        assertThat(weak.code()).isNotZero();
        assertThat(weak.out()).contains("at least 12 characters");

        Result chosen = run(new String[] {"users", "create", "--email", "ed@example.org", "--role", "editor"},
                "a long chosen passphrase\n");
        assertThat(chosen.code()).isZero();
        assertThat(chosen.out()).doesNotContain("Password (shown once");

        Result badRole = run(new String[] {"users", "create", "--email", "x@example.org", "--role", "owner"}, "");
        assertThat(badRole.code()).isNotZero();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dossier.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT email, role, password_hash FROM users ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("chief@example.org");
            assertThat(rs.getString(2)).isEqualTo("admin");
            assertThat(rs.getString(3)).startsWith("$argon2id$");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("editor");
            assertThat(rs.next()).isFalse();
        }
    }

    private record Result(int code, String out) {
    }

    private static Result run(String[] args, String stdin) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Tasks.run(Application.class, args);
            return new Result(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}
