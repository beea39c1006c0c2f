package org.dossier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.Application;
import org.dossier.newsletter.NewsletterInput;
import org.dossier.newsletter.Newsletters;
import org.dossier.subscriptions.SubscriberCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kills the sending process (a real separate JVM, SIGKILL) in the middle of a 2,000-recipient
 * newsletter, starts it again, and checks that every recipient got the newsletter exactly once.
 */
class OutboxCrashTest {

    private static final int RECIPIENTS = 2000;
    private static final Duration SLOW = Duration.ofMinutes(3);

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dataDir;
    private GreenMail smtp;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void killedSenderResumesAndEveryRecipientGetsTheNewsletterExactlyOnce() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        int port = smtp.getSmtp().getPort();
        queueNewsletter(port);
        assertThat(due()).isEqualTo(RECIPIENTS);

        Process first = startSender(port, 300, "first");
        await().dontCatchUncaughtExceptions().atMost(SLOW).until(() -> smtp.getReceivedMessages().length >= 400 || !first.isAlive());
        assertThat(first.isAlive()).as("sender still running when it is killed").isTrue();
        long killedAt = System.currentTimeMillis();
        first.destroyForcibly();
        first.waitFor();
        System.out.println("Killed at " + killedAt + "; data in " + dataDir);
        int atKill = smtp.getReceivedMessages().length;
        assertThat(atKill).isLessThan(RECIPIENTS);
        assertThat(due()).isGreaterThan(0);
        long inFlight = count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'sending'");
        System.out.printf("Killed after %d of %d delivered; %d rows were claimed but not sent%n", atKill, RECIPIENTS,
                inFlight);

        // GreenMail reports the killed connection's unfinished DATA as an error in its own thread
        // (and, as SMTP requires, does not deliver that message); awaits must not treat it as a failure.
        Process second = startSender(port, 0, "second");
        await().dontCatchUncaughtExceptions().atMost(SLOW).until(() -> due() == 0);
        second.destroy();
        second.waitFor();

        Map<String, Integer> perRecipient = new TreeMap<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            perRecipient.merge(m.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
            messageIds.add(m.getMessageID());
        }
        for (int i = 0; i < RECIPIENTS; i++) {
            String r = "reader" + i + "@crash.example.org";
            if (!perRecipient.containsKey(r)) {
                System.out.println("Missing " + r + ": " + row(r));
            }
        }
        assertThat(perRecipient).hasSize(RECIPIENTS);
        assertThat(perRecipient.entrySet()).allMatch(e -> e.getValue() == 1, "every recipient exactly once");
        assertThat(messageIds).hasSize(RECIPIENTS);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent'")).isEqualTo(RECIPIENTS);
    }

    /** Imports 2,000 consenting readers and sends a newsletter, in this JVM with delivery switched off. */
    private void queueNewsletter(int port) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties(common(port))
                .properties("dossier.mail.workers=false", "spring.main.banner-mode=off", "server.port=0")
                .run()) {
            StringBuilder csv = new StringBuilder("email,consent\n");
            for (int i = 0; i < RECIPIENTS; i++) {
                csv.append("reader").append(i).append("@crash.example.org,yes\n");
            }
            context.getBean(SubscriberCsv.class).importCsv(new StringReader(csv.toString()), "crash-test");
            Newsletters newsletters = context.getBean(Newsletters.class);
            long id = newsletters.create(new NewsletterInput("Crash test", "Delivered **exactly once**.", List.of(),
                    List.of()));
            newsletters.sendNow(id);
        }
    }

    private Process startSender(int port, int rate, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=0", "--dossier.mail.concurrency=4", "--dossier.mail.rate-per-second=" + rate,
                "--dossier.mail.claim-lease=PT5S", "--dossier.mail.poll-interval=PT0.2S"));
        for (String property : common(port)) {
            command.add("--" + property);
        }
        File log = dataDir.resolve(name + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        return process;
    }

    private String[] common(int port) {
        return new String[] {"dossier.data-dir=" + dataDir, "spring.datasource.url=", "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + port, "dossier.newsletter.digest-check=PT1H", "dossier.demo=false"};
    }

    private String row(String recipient) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dossier.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT id, status, attempts, claim, claimed_at, sent_at,"
                     + " last_error FROM mail_outbox WHERE recipient = '" + recipient + "'")) {
            rs.next();
            return "id=" + rs.getLong(1) + " status=" + rs.getString(2) + " attempts=" + rs.getInt(3) + " claim="
                    + rs.getString(4) + " claimed_at=" + rs.getLong(5) + " sent_at=" + rs.getLong(6) + " error="
                    + rs.getString(7);
        }
    }

    private long due() throws Exception {
        return count("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('queued', 'sending')");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dossier.db"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
