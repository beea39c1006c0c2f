package org.dossier.newsletter;

import java.util.List;
import org.dossier.mail.MailFrame;

/** Models of the list mails. */
public final class MailPages {

    private MailPages() {
    }

    /** A newsletter or digest: heading, optional intro (sanitised HTML and its text), items. */
    public record ListMail(MailFrame frame, String heading, String introHtml, String introText, List<MailItem> items) {
    }
}
