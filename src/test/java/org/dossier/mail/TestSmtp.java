package org.dossier.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server (GreenMail) per test JVM, on a free port chosen when it starts, so test
 * runs of several worktrees on one machine never collide. Contexts that should deliver mail use
 * {@link Initializer}, which points {@code spring.mail.*} at it.
 */
public final class TestSmtp {

    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Messages received so far for {@code address}. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The plain-text part of a multipart/alternative message. */
    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(MimeMessage m, String type) {
        try {
            MimeMultipart multipart = (MimeMultipart) m.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType(type)) {
                    return (String) multipart.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("No " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Points the context's SMTP settings at the test server; workers poll often so tests finish fast. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port(),
                    "dossier.mail.poll-interval=PT0.2S", "dossier.mail.concurrency=2").applyTo(context.getEnvironment());
        }
    }
}
