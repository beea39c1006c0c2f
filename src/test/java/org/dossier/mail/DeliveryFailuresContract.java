package org.dossier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Refusals and broken connections from a real SMTP server ({@link ScriptedSmtpServer}): temporary
 * refusals are retried after a backoff and delivered once; permanent ones are marked failed at once
 * and shown as failed; a server that is gone or drops the connection loses and doubles nothing.
 */
@ContextConfiguration(initializers = DeliveryFailuresContract.Smtp.class)
abstract class DeliveryFailuresContract {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration RETRY_BASE = Duration.ofMillis(400);
    static final ScriptedSmtpServer SERVER = start();

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** Points the context at the scripted server, with quick retries (400 ms doubling to 2 s, five attempts) and time-outs. */
    static class Smtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + SERVER.port(),
                    "dossier.mail.poll-interval=PT0.1S", "dossier.mail.concurrency=2",
                    "dossier.mail.retry-base=PT0.4S", "dossier.mail.retry-max=PT2S", "dossier.mail.max-attempts=5",
                    // a local server answers at once; a connection that hangs (e.g. a port reused
                    // while the server is gone) must give up well inside the test's wait
                    "spring.mail.properties.mail.smtp.connectiontimeout=5000",
                    "spring.mail.properties.mail.smtp.timeout=5000")
                    .applyTo(context.getEnvironment());
        }
    }

    private static ScriptedSmtpServer start() {
        try {
            return new ScriptedSmtpServer().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void temporaryRefusalsAreRetriedWithBackoffAndDeliveredOnce() {
        String atRcpt = address("busy");
        String afterDot = address("full");
        SERVER.script(atRcpt, "451", "451", "250");
        SERVER.script(afterDot, "dot:452", "250");
        String batch = send(atRcpt, afterDot);

        awaitRows(batch, () -> state(batch, atRcpt).equals("sent") && state(batch, afterDot).equals("sent"));
        assertThat(SERVER.accepted(atRcpt)).isEqualTo(1);
        assertThat(SERVER.accepted(afterDot)).isEqualTo(1);
        assertThat(attempts(batch, atRcpt)).isEqualTo(3);
        List<ScriptedSmtpServer.Event> tries = SERVER.events(atRcpt, "rcpt");
        assertThat(tries).hasSize(3);
        // Backoff: the second wait is about twice the first, and neither is shorter than the base.
        long first = tries.get(1).at() - tries.get(0).at();
        long second = tries.get(2).at() - tries.get(1).at();
        assertThat(first).isGreaterThanOrEqualTo(RETRY_BASE.toMillis() - 50);
        assertThat(second).isGreaterThanOrEqualTo(2 * RETRY_BASE.toMillis() - 50);
    }

    @Test
    void permanentRefusalsAreMarkedFailedNotRetriedAndShownAsFailed() throws Exception {
        String unknown = address("unknown");
        String rejected = address("rejected");
        String fine = address("fine");
        SERVER.script(unknown, "550");
        SERVER.script(rejected, "dot:554");
        String batch = send(unknown, rejected, fine);

        awaitRows(batch, () -> state(batch, unknown).equals("failed") && state(batch, rejected).equals("failed")
                && state(batch, fine).equals("sent"));
        // Several retry periods later the refused mails were still tried only once.
        await().during(RETRY_BASE.multipliedBy(4)).atMost(WAIT).until(() -> SERVER.events(unknown, "rcpt").size() == 1
                && SERVER.events(rejected, "rcpt").size() == 1);
        assertThat(SERVER.accepted(unknown) + SERVER.accepted(rejected)).isZero();
        assertThat(outbox.progress(batch)).containsEntry("failed", 2L).containsEntry("sent", 1L);

        JsonNode shown = new ObjectMapper().readTree(mvc.perform(get("/admin/mail").param("recipient", unknown)
                .with(user("ed").roles("EDITOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode mail = shown.get("mails").get(0);
        assertThat(mail.get("status").asText()).isEqualTo("failed");
        assertThat(mail.get("attempts").asInt()).isEqualTo(1);
        assertThat(mail.get("lastError").asText()).startsWith("550");
    }

    @Test
    void aMailRefusedTemporarilyEveryTimeIsFailedAfterTheLastAttempt() {
        String alwaysBusy = address("alwaysbusy");
        SERVER.script(alwaysBusy, "421");
        String batch = send(alwaysBusy);

        awaitRows(batch, () -> state(batch, alwaysBusy).equals("failed"));
        assertThat(attempts(batch, alwaysBusy)).isEqualTo(5);
        assertThat(SERVER.accepted(alwaysBusy)).isZero();
    }

    @Test
    void droppedConnectionsLoseNothingAndDoubleNothing() {
        String cutBeforeDot = address("cut");
        String cutAfterDot = address("ambiguous");
        SERVER.script(cutBeforeDot, "drop:rcpt", "drop:rcpt", "250");
        SERVER.script(cutAfterDot, "drop:dot", "250");
        String batch = send(cutBeforeDot, cutAfterDot);

        awaitRows(batch, () -> state(batch, cutBeforeDot).equals("sent"));
        assertThat(SERVER.accepted(cutBeforeDot)).isEqualTo(1);
        // Cut after the final dot: the server may have taken the mail, so it stays "sent" and is never
        // sent again (the one window SMTP leaves, documented in MarkCommitter).
        awaitRows(batch, () -> SERVER.accepted(cutAfterDot) == 1);
        await().during(RETRY_BASE.multipliedBy(4)).atMost(WAIT).until(() -> state(batch, cutAfterDot).equals("sent")
                && SERVER.events(cutAfterDot, "rcpt").size() == 1);
    }

    @Test
    void whileTheServerIsGoneMailWaitsAndGoesOutOnceItIsBack() {
        String reader = address("patient");
        SERVER.stop();
        try {
            awaitRefused();
            String batch = send(reader);
            awaitRows(batch, () -> attempts(batch, reader) >= 1 && state(batch, reader).equals("queued"));
            assertThat(lastError(batch, reader)).isNotBlank();
            assertThat(SERVER.events(reader, "rcpt")).isEmpty();
            restart();
            awaitRows(batch, () -> state(batch, reader).equals("sent"));
            assertThat(SERVER.accepted(reader)).isEqualTo(1);
        } finally {
            restart();
        }
    }

    /** Until a new connection to the server's port is refused: only then is the server surely gone. */
    private static void awaitRefused() {
        await().atMost(WAIT).until(() -> {
            try (java.net.Socket probe = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), SERVER.port())) {
                return false;
            } catch (IOException refused) {
                return true;
            }
        });
    }

    private static void restart() {
        try {
            SERVER.start();
        } catch (IOException e) {
            // already listening again
        }
    }

    private String send(String... recipients) {
        String batch = Fixtures.unique("failures");
        MailContent content = new MailContent("test", "Refusal test", "<p>Hello</p>", "Hello",
                Map.of("List-Unsubscribe", "<https://example.org/u/" + MailContent.TOKEN + ">"));
        tx.executeWithoutResult(s -> outbox.enqueue(content,
                java.util.Arrays.stream(recipients).map(r -> new Recipient(r, "t-" + r.hashCode())).toList(), batch));
        return batch;
    }

    private static String address(String name) {
        return Fixtures.unique(name) + "@example.org";
    }

    /**
     * Waits up to {@link #WAIT} for {@code condition}; on a time-out the failure shows every row of the
     * batch and what the server saw, so that a failure on a CI machine can be understood from its log.
     */
    private void awaitRows(String batch, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(WAIT).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            List<Map<String, Object>> rows = jdbc.sql("""
                    SELECT id, recipient, status, attempts, last_error, claim, claimed_at, next_attempt_at, sent_at
                    FROM mail_outbox WHERE batch = :batch ORDER BY id""").param("batch", batch).query().listOfRows();
            throw new AssertionError("Condition not met within " + WAIT + ". Rows of batch " + batch + ": " + rows
                    + "; server events: " + SERVER.allEvents(), e);
        }
    }

    private String state(String batch, String recipient) {
        return column(batch, recipient, "status");
    }

    private int attempts(String batch, String recipient) {
        return Integer.parseInt(column(batch, recipient, "attempts"));
    }

    private String lastError(String batch, String recipient) {
        return column(batch, recipient, "last_error");
    }

    private String column(String batch, String recipient, String column) {
        return jdbc.sql("SELECT COALESCE(CAST(" + column + " AS VARCHAR(1000)), '') FROM mail_outbox WHERE batch = :batch AND recipient = :r")
                .param("batch", batch).param("r", recipient).query(String.class).single();
    }
}
