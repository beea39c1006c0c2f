package org.dossier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server from Spring's {@code spring.mail.*} settings (Spring Boot builds a
 * {@link JavaMailSenderImpl} only when {@code spring.mail.host} is set). Angus Mail opens the
 * connection with its session and credentials; the outbox then drives the mail transactions
 * itself, see {@link SmtpConnection}.
 */
@Component
class SmtpServer {

    private final JavaMailSenderImpl sender;

    SmtpServer(ObjectProvider<JavaMailSenderImpl> sender) {
        this.sender = sender.getIfAvailable();
    }

    boolean configured() {
        return sender != null && sender.getHost() != null && !sender.getHost().isBlank();
    }

    /** A transport connected (TLS, STARTTLS, AUTH as configured) and ready for MAIL FROM. */
    SMTPTransport connect() throws MessagingException {
        Session session = sender.getSession();
        String protocol = protocol();
        URLName url = new URLName(protocol, sender.getHost(), sender.getPort(), null, sender.getUsername(),
                sender.getPassword());
        SMTPTransport transport = protocol.equals("smtps") ? new SMTPSSLTransport(session, url)
                : new SMTPTransport(session, url);
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        return transport;
    }

    /** The envelope sender: {@code mail.smtp.from} when set (e.g. for a bounce address), else the mail's sender. */
    String envelopeFrom(String mailFrom) {
        String configured = sender.getSession().getProperty("mail." + protocol() + ".from");
        return configured == null || configured.isBlank() ? mailFrom : configured;
    }

    private String protocol() {
        return sender.getProtocol() == null ? "smtp" : sender.getProtocol();
    }
}
