package org.dossier.mail;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One SMTP connection of an outbox worker. Angus Mail opens it (TLS, STARTTLS, AUTH and timeouts as
 * {@code spring.mail.*} configure them); the mail transactions are then spoken here, on Angus's own
 * streams, because its {@code sendMessage} allows no pipelining across messages (RFC 2920 lets the
 * message content open a group: the final dot and the next mail's MAIL, RCPT and DATA go out
 * together, one round trip per mail) and costs more CPU per mail than the rest of a send.
 * Angus keeps its streams in private fields; they are looked up once, and if a future Angus lays
 * them out differently the first connection fails with a message that says so.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Field INPUT = field("serverInput");
    private static final Field OUTPUT = field("serverOutput");
    private static final Field SOCKET = field("serverSocket");

    private final SMTPTransport transport;
    private final OutputStream out;
    private final Socket socket;
    private final boolean pipelining;
    private final boolean utf8;
    private final SmtpReplies replies;
    private int mails;

    private SmtpConnection(SMTPTransport transport) throws MessagingException {
        if (INPUT == null || OUTPUT == null || SOCKET == null) {
            throw new MessagingException("This Angus Mail version hides its SMTP streams; the outbox cannot use it");
        }
        try {
            this.transport = transport;
            this.replies = new SmtpReplies((InputStream) INPUT.get(transport));
            this.out = (OutputStream) OUTPUT.get(transport);
            this.socket = (Socket) SOCKET.get(transport);
            // Each write here is a whole packet (a message, or a dot with the next commands); with
            // Nagle's algorithm the second of two writes would wait for the first one's delayed ACK.
            socket.setTcpNoDelay(true);
        } catch (IllegalAccessException | ClassCastException | java.net.SocketException e) {
            throw new MessagingException("Cannot reach Angus Mail's SMTP streams", e);
        }
        this.pipelining = transport.supportsExtension("PIPELINING");
        this.utf8 = transport.supportsExtension("SMTPUTF8");
    }

    static SmtpConnection open(SmtpServer server) throws MessagingException {
        return new SmtpConnection(server.connect());
    }

    boolean pipelining() {
        return pipelining;
    }

    /** Counts a mail transaction begun here; returns how many were begun before it. */
    int begin() {
        return mails++;
    }

    /** MAIL FROM, RCPT TO and DATA for one recipient (with SMTPUTF8 when an address needs it and the server offers it). */
    byte[] envelope(String from, String to) {
        return envelope(null, from, to);
    }

    /** The same, after {@code first} (the previous mail's final dot): one packet, one round trip. */
    byte[] envelope(String first, String from, String to) {
        StringBuilder all = new StringBuilder(160);
        if (first != null) {
            all.append(first).append("\r\n");
        }
        for (String command : commands(from, to)) {
            all.append(command).append("\r\n");
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String[] commands(String from, String to) {
        if (from.indexOf('\r') >= 0 || from.indexOf('\n') >= 0 || to.indexOf('\r') >= 0 || to.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Addresses must be single-line");
        }
        boolean needsUtf8 = utf8 && !(MailTemplate.ascii(from) && MailTemplate.ascii(to));
        return new String[] {"MAIL FROM:<" + from + ">" + (needsUtf8 ? " SMTPUTF8" : ""), "RCPT TO:<" + to + ">", "DATA"};
    }

    /**
     * The replies to MAIL, RCPT and DATA: read (with PIPELINING, the commands went out with
     * {@link #envelope}) or exchanged one by one (without). Returns the first refusal's code, with
     * {@link #lastReply()} its text, else DATA's (354); -1 if the connection closed first.
     */
    int envelopeReplies(String from, String to) throws IOException {
        if (!pipelining) {
            for (String command : commands(from, to)) {
                send((command + "\r\n").getBytes(StandardCharsets.UTF_8));
                int code = reply();
                if (!accepted(command, code)) {
                    return code;
                }
            }
            return 354;
        }
        int mail = reply();
        String mailReply = lastReply();
        int rcpt = mail == -1 ? -1 : reply();
        String rcptReply = lastReply();
        int data = rcpt == -1 ? -1 : reply();
        if (mail != 250) {
            replies.last(mailReply);
            return mail;
        }
        if (rcpt != 250 && rcpt != 251) {
            replies.last(rcptReply);
            return rcpt;
        }
        return data;
    }

    private static boolean accepted(String command, int code) {
        return command.equals("DATA") ? code == 354 : command.startsWith("RCPT") ? code == 250 || code == 251 : code == 250;
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Writes a message's content, dot-stuffed; the final dot goes separately (see {@link MarkCommitter}). */
    void sendContent(Wire message) throws IOException {
        message.writeStuffedTo(out);
        out.flush();
    }

    /** Reads one whole reply and returns its code; -1 if the server closed the connection. */
    int reply() throws IOException {
        return replies.read();
    }

    /** The text of the last reply line, e.g. "550 5.1.1 unknown user". */
    String lastReply() {
        return replies.last();
    }

    /** Closes the connection without QUIT: an unfinished message is discarded by the server (RFC 5321, 4.1.1.4). */
    void abort() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed either way
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the socket is closed already; Angus only tidies up
        }
    }

    /** Ends the session politely (QUIT) between mails. */
    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            abort();
        }
    }

    private static Field field(String name) {
        try {
            Field f = SMTPTransport.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
