package org.dossier.accounts;

import java.time.Duration;
import org.dossier.system.DossierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends reset mail with Spring's {@link JavaMailSender} when one is configured ({@code spring.mail.host}). */
@Component
class SmtpResetMailer implements ResetMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpResetMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DossierProperties site;

    SmtpResetMailer(ObjectProvider<JavaMailSender> sender, DossierProperties site) {
        this.sender = sender;
        this.site = site;
    }

    @Override
    public void sendPasswordReset(String to, String link, Duration validFor) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            // The link is a credential: it is never written to the log.
            log.warn("A password reset was requested but no mail server is configured (spring.mail.host)");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("no-reply@" + java.net.URI.create(site.origin()).getHost());
        message.setTo(to);
        message.setSubject("Reset your " + site.siteName() + " password");
        message.setText("Someone (hopefully you) asked to reset the password of your " + site.siteName()
                + " account.\n\nChoose a new password here within " + validFor.toMinutes() + " minutes:\n" + link
                + "\n\nThe link works once. If you did not ask for this, ignore this mail; nothing has changed.\n");
        mail.send(message);
    }
}
