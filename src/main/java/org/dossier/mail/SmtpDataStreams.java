package org.dossier.mail;

import jakarta.mail.MessagingException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import org.eclipse.angus.mail.smtp.SMTPOutputStream;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Jakarta Mail keeps the message stream that {@code finishData} ends in a private field, and only
 * its own {@code data()} (which always waits for DATA's reply on its own) sets it. Setting it
 * here lets DATA join the pipelined group. Looked up once; if this Jakarta Mail version lays
 * its fields out differently, DATA simply goes on its own round trip as before.
 */
final class SmtpDataStreams {

    private static final Field SERVER_OUTPUT = field("serverOutput");
    private static final Field DATA_STREAM = field("dataStream");
    static final boolean AVAILABLE = SERVER_OUTPUT != null && DATA_STREAM != null
            && DATA_STREAM.getType() == SMTPOutputStream.class;

    private static Field field(String name) {
        try {
            Field f = SMTPTransport.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static OutputStream open(SMTPTransport transport) throws MessagingException {
        try {
            SMTPOutputStream stream = new SMTPOutputStream((OutputStream) SERVER_OUTPUT.get(transport));
            DATA_STREAM.set(transport, stream);
            return stream;
        } catch (IllegalAccessException e) {
            throw new MessagingException("Cannot open the message stream", e);
        }
    }

    private SmtpDataStreams() {
    }
}
