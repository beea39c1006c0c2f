package org.dossier.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP transport that runs a hook after the whole message has been written and just before the
 * final "." that asks the server to accept it. The outbox marks the row sent in that hook.
 *
 * <p>Why there: an SMTP server accepts a message only when it receives the final dot; if the
 * connection drops before it, the server must discard the message (RFC 5321, 4.1.1.4). So a row
 * still "sending" after a crash was certainly not accepted and is sent again, and a row marked
 * "sent" was committed before the dot left. What remains, stated plainly:
 * <ul>
 * <li>A kill between the commit of the mark ({@link SentMarker}, in the sending thread) and the dot
 * leaving this process (one socket write of the buffered message tail and the dot; microseconds
 * unless the machine is starved of CPU) loses that one mail: the row says sent, the
 * server never got the dot. It is never sent twice. On SQLite the mark is committed on a
 * connection that never runs the WAL checkpoint, which would otherwise sit inside this window.</li>
 * <li>If the connection breaks after the dot but before the server's reply, the server may or may
 * not have accepted the message; the row stays "sent" (again: no duplicate, possibly unrecorded
 * refusal). No SMTP client can know more: the protocol has no way to ask afterwards.</li>
 * <li>After SMTP acceptance, delivery is the receiving server's business.</li>
 * </ul>
 * Every row carries a stable Message-ID, so even a mail that an operator re-queues by hand is
 * recognisable as the same message by receivers that deduplicate.
 */
final class CommitBeforeDotTransport extends SMTPTransport {

    /** Runs before the final dot; throwing aborts the message (the connection is closed without the dot). */
    interface BeforeDot {
        void run() throws IOException;
    }

    private BeforeDot hook;

    CommitBeforeDotTransport(Session session, URLName url, boolean ssl) {
        super(session, url, ssl ? "smtps" : "smtp", ssl);
    }

    /** Sends one message, running {@code beforeDot} at the last moment the server can still refuse nothing. */
    synchronized void send(MimeMessage message, Address[] to, BeforeDot beforeDot) throws MessagingException {
        this.hook = beforeDot;
        try {
            sendMessage(message, to);
        } finally {
            this.hook = null;
        }
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        runHook();
        super.finishData();
    }

    @Override
    protected void finishBdat() throws IOException, MessagingException {
        runHook();
        super.finishBdat();
    }

    private void runHook() throws IOException {
        if (hook == null) {
            return;
        }
        try {
            hook.run();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // SMTPTransport closes the connection on IOException, which is what an abort needs.
            throw new IOException("Marking the mail sent failed; not sending it", e);
        }
    }
}
