package org.dossier.mail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes the message of one outbox row: multipart/alternative (plain text, then HTML), stable
 * Message-ID. The shared part of a mail is prepared once ({@link MailTemplate}) and every copy is
 * written straight to bytes: building a full Jakarta Mail message tree per copy cost several times
 * more than the SMTP exchange itself.
 */
final class MessageFactory {

    private final InternetAddress from;
    /** Keyed by identity: {@link ContentCache} hands out one instance per stored content. */
    private volatile DateLine lastDate = new DateLine(Long.MIN_VALUE, new byte[0]);
    private final Cache<MailContent, MailTemplate> templates = Caffeine.newBuilder().weakKeys().maximumSize(200).build();

    MessageFactory(String from, String fromName) {
        try {
            this.from = new InternetAddress(from, fromName, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sender's address alone, for MAIL FROM. */
    String fromAddress() {
        return from.getAddress();
    }

    /** Puts the row's copy, dated {@code now}, in {@code wire}. */
    void write(Wire wire, MailContent shared, OutboxRow row, Instant now) {
        templates.get(shared, content -> new MailTemplate(content, from))
                .write(wire, row.recipient(), row.messageId(), row.personal(), dateLine(now));
    }

    /** The "Date:" line, formatted once a second rather than once a mail. */
    private byte[] dateLine(Instant now) {
        DateLine last = lastDate;
        if (last.second() != now.getEpochSecond()) {
            last = new DateLine(now.getEpochSecond(), MailTemplate.dateLine(now.atZone(ZoneOffset.UTC)));
            lastDate = last;
        }
        return last.bytes();
    }

    private record DateLine(long second, byte[] bytes) {
    }

    /** The row's copy as bytes (before dot-stuffing), e.g. to report its size. */
    byte[] render(MailContent shared, OutboxRow row, Instant now) {
        Wire wire = new Wire(8192);
        write(wire, shared, row, now);
        return wire.toByteArray();
    }
}
