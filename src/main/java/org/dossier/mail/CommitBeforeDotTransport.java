package org.dossier.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
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

    private final String protocol;
    private BeforeDot hook;
    private Address[] recipients;
    private MimeMessage current;
    /** True between MAIL/RCPT being written and their replies being read (PIPELINING, RFC 2920). */
    private boolean repliesPending;

    CommitBeforeDotTransport(Session session, URLName url, boolean ssl) {
        super(session, url, ssl ? "smtps" : "smtp", ssl);
        this.protocol = ssl ? "smtps" : "smtp";
    }

    /** Sends one message, running {@code beforeDot} at the last moment the server can still refuse nothing. */
    synchronized void send(MimeMessage message, Address[] to, BeforeDot beforeDot) throws MessagingException {
        this.hook = beforeDot;
        this.recipients = to;
        this.current = message;
        try {
            sendMessage(message, to);
        } finally {
            this.hook = null;
            this.recipients = null;
            this.current = null;
            this.repliesPending = false;
        }
    }

    /**
     * With a server that offers PIPELINING, MAIL FROM and RCPT TO go out together and their replies
     * are read when DATA is due: one round trip per mail fewer, which on a fast link is most of the
     * time a mail takes. Otherwise (or for addresses beyond ASCII, which need SMTPUTF8) Jakarta Mail's
     * own one-at-a-time exchange is used.
     */
    @Override
    protected void mailFrom() throws MessagingException {
        if (current == null || !supportsExtension("PIPELINING") || !ascii(recipients)) {
            super.mailFrom();
            return;
        }
        String from = session.getProperty("mail." + protocol + ".from");
        if (from == null) {
            Address[] senders = current.getFrom();
            from = senders == null || senders.length == 0 ? "" : ((InternetAddress) senders[0]).getAddress();
        }
        sendCommand("MAIL FROM:<" + from + ">");
        repliesPending = true;
    }

    @Override
    protected void rcptTo() throws MessagingException {
        if (!repliesPending) {
            super.rcptTo();
            return;
        }
        for (Address to : recipients) {
            sendCommand("RCPT TO:<" + ((InternetAddress) to).getAddress() + ">");
        }
    }

    @Override
    protected OutputStream data() throws MessagingException {
        if (!repliesPending) {
            return super.data();
        }
        repliesPending = false;
        if (!SmtpDataStreams.AVAILABLE) {
            readPipelinedReplies();
            return super.data();
        }
        // DATA may close a pipelined group (RFC 2920, 3.1): MAIL, RCPT and DATA cost one round trip.
        sendCommand("DATA");
        readPipelinedReplies();
        int data = readServerResponse();
        if (data != 354) {
            throw new SMTPSendFailedException("DATA", data, getLastServerResponse(), null, null, recipients, null);
        }
        return SmtpDataStreams.open(this);
    }

    /** Reads every pipelined reply (so the connection stays in step), then reports the first refusal. */
    private void readPipelinedReplies() throws MessagingException {
        int mail = readServerResponse();
        String mailReply = getLastServerResponse();
        int[] codes = new int[recipients.length];
        String[] replies = new String[recipients.length];
        for (int i = 0; i < recipients.length; i++) {
            codes[i] = readServerResponse();
            replies[i] = getLastServerResponse();
        }
        if (mail == -1 || java.util.Arrays.stream(codes).anyMatch(c -> c == -1)) {
            throw new MessagingException("The SMTP server closed the connection during MAIL/RCPT");
        }
        if (mail != 250) {
            throw new SMTPSendFailedException("MAIL FROM", mail, mailReply, null, null, recipients, null);
        }
        for (int i = 0; i < recipients.length; i++) {
            if (codes[i] != 250 && codes[i] != 251) {
                throw new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                        (InternetAddress) recipients[i], "RCPT TO", codes[i], replies[i]),
                        new Address[0], new Address[0], new Address[] {recipients[i]});
            }
        }
    }

    private static boolean ascii(Address[] addresses) {
        for (Address a : addresses) {
            if (!(a instanceof InternetAddress ia) || !ia.getAddress().chars().allMatch(c -> c > 32 && c < 127)) {
                return false;
            }
        }
        return true;
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
