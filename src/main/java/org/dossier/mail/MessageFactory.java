package org.dossier.mail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Builds the message of one outbox row: multipart/alternative (plain text, then HTML), stable
 * Message-ID. The shared part of a mail is prepared once ({@link MailTemplate}) and every copy is
 * rendered straight to bytes: building a full Jakarta Mail message tree per copy cost several times
 * more than the SMTP exchange itself.
 */
final class MessageFactory {

    private final InternetAddress from;
    /** Keyed by identity: {@link ContentCache} hands out one instance per stored content. */
    private final Cache<MailContent, MailTemplate> templates = Caffeine.newBuilder().weakKeys().maximumSize(200).build();

    MessageFactory(String from, String fromName) {
        try {
            this.from = new InternetAddress(from, fromName, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    MimeMessage build(Session session, MailContent shared, OutboxRow row) throws MessagingException {
        MailTemplate template = templates.get(shared, content -> new MailTemplate(content, from));
        byte[] bytes;
        try {
            bytes = template.render(row.recipient(), row.messageId(), row.personal(), ZonedDateTime.now(ZoneOffset.UTC));
        } catch (IllegalArgumentException e) {
            throw new MessagingException("Cannot build the mail for outbox row " + row.id() + ": " + e.getMessage());
        }
        return new RenderedMessage(session, bytes, from, shared.subject());
    }

    /**
     * A message whose bytes are already final. It carries just what the SMTP transport asks of a
     * message (sender, subject for its log, the content); its header fields are not parsed back.
     */
    static final class RenderedMessage extends MimeMessage {
        private final byte[] bytes;
        private final Address[] sender;
        private final String subject;

        RenderedMessage(Session session, byte[] bytes, InternetAddress from, String subject) {
            super(session);
            this.bytes = bytes;
            this.sender = new Address[] {from};
            this.subject = subject;
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
            out.write(bytes);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }

        @Override
        public Address[] getFrom() {
            return sender.clone();
        }

        @Override
        public String getSubject() {
            return subject;
        }

        @Override
        public int getSize() {
            return bytes.length;
        }
    }
}
