package org.dossier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/** Builds the MIME message of one outbox row: multipart/alternative (plain text, then HTML), stable Message-ID. */
final class MessageFactory {

    private final InternetAddress from;

    MessageFactory(String from, String fromName) {
        try {
            this.from = new InternetAddress(from, fromName, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    MimeMessage build(Session session, MailContent shared, OutboxRow row) throws MessagingException {
        MailContent content = shared.personalFor(row.personal());
        MimeMessage message = new StableIdMessage(session, row.messageId());
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(row.recipient(), false));
        message.setSubject(content.subject(), "UTF-8");
        message.setSentDate(new Date());
        for (var header : content.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** Keeps the row's Message-ID instead of the random one JavaMail would generate on saveChanges. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
