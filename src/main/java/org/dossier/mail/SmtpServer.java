package org.dossier.mail;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server from Spring's {@code spring.mail.*} settings (Spring Boot builds a
 * {@link JavaMailSenderImpl} only when {@code spring.mail.host} is set). We use its session and
 * credentials but drive the protocol ourselves, see {@link CommitBeforeDotTransport}.
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

    /** A new, not yet connected transport. */
    CommitBeforeDotTransport transport() {
        Session session = sender.getSession();
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        URLName url = new URLName(protocol, sender.getHost(), sender.getPort(), null, sender.getUsername(),
                sender.getPassword());
        return new CommitBeforeDotTransport(session, url, protocol.equals("smtps"));
    }

    void connect(CommitBeforeDotTransport transport) throws jakarta.mail.MessagingException {
        transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
    }

    Session session() {
        return sender.getSession();
    }
}
