package org.dossier.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small but real SMTP server for tests of refusals, which GreenMail never gives: it speaks SMTP
 * over TCP on 127.0.0.1 and answers each recipient as the test scripted it. A script is a list of
 * answers for the successive attempts to one recipient (the last one repeats):
 * {@code "250"} accept, {@code "451"}/{@code "550"} refuse at RCPT, {@code "dot:452"}/{@code "dot:554"}
 * take the whole message and refuse it after the final dot, {@code "drop:rcpt"} close the connection
 * instead of answering RCPT, {@code "drop:dot"} take the message, then close without answering.
 * Recipients without a script are accepted.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** What the server recorded: every RCPT attempt, and every message it accepted, per recipient. */
    record Event(String recipient, String kind, long at) {
    }

    private final Map<String, List<String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private int port;

    ScriptedSmtpServer start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = socket.getLocalPort();
        listener = socket;
        Thread accept = new Thread(() -> acceptLoop(socket), "scripted-smtp-accept");
        accept.setDaemon(true);
        accept.start();
        return this;
    }

    int port() {
        return port;
    }

    /**
     * Stops listening and cuts every open connection: the server is gone (connections are refused). Holds the
     * same lock as the accept loop's hand-over, so a connection accepted while the server stops is cut too.
     */
    synchronized void stop() {
        try {
            if (listener != null) {
                listener.close();
            }
        } catch (IOException ignored) {
            // already closed
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    void script(String recipient, String... answers) {
        scripts.put(recipient.toLowerCase(Locale.ROOT), List.of(answers));
    }

    List<Event> events(String recipient, String kind) {
        return events.stream().filter(e -> e.recipient().equalsIgnoreCase(recipient) && e.kind().equals(kind)).toList();
    }

    List<Event> allEvents() {
        return List.copyOf(events);
    }

    int accepted(String recipient) {
        return events(recipient, "accepted").size();
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                synchronized (this) {
                    if (socket != listener || socket.isClosed()) { // stopped meanwhile: the server is gone
                        client.close();
                        return;
                    }
                    open.add(client);
                }
                Thread t = new Thread(() -> serve(client), "scripted-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String recipient = null;
            String answer = "250";
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-scripted\r\n250-8BITMIME\r\n250 PIPELINING");
                    case "HELO", "NOOP", "RSET" -> reply(out, "250 OK");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                        answer = next(recipient);
                        events.add(new Event(recipient, "rcpt", System.currentTimeMillis()));
                        if (answer.equals("drop:rcpt")) {
                            return;
                        }
                        reply(out, answer.startsWith("4") || answer.startsWith("5")
                                ? answer + " scripted refusal" : "250 OK");
                    }
                    case "DATA" -> {
                        if (recipient == null || answer.startsWith("4") || answer.startsWith("5")) {
                            reply(out, "554 no valid recipients");
                            continue;
                        }
                        reply(out, "354 go ahead");
                        while (!(line = in.readLine()).equals(".")) {
                            // the body is not kept; only its arrival counts
                        }
                        if (answer.equals("drop:dot")) {
                            events.add(new Event(recipient, "accepted", System.currentTimeMillis()));
                            return;
                        }
                        if (answer.startsWith("dot:")) {
                            reply(out, answer.substring(4) + " scripted refusal of the message");
                        } else {
                            events.add(new Event(recipient, "accepted", System.currentTimeMillis()));
                            reply(out, "250 OK queued");
                        }
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to record
        } finally {
            open.remove(client);
        }
    }

    private String next(String recipient) {
        List<String> script = scripts.getOrDefault(recipient, List.of("250"));
        int n = attempts.computeIfAbsent(recipient, r -> new AtomicInteger()).getAndIncrement();
        return script.get(Math.min(n, script.size() - 1));
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
