package org.dossier.search;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A blocking HTTP/1.1 client with one kept-alive connection, for the search benchmark only.
 *
 * <p>The JDK's {@code HttpClient} hands every exchange between the caller, its selector thread and its
 * executor. On a 2-core machine that shares the cores with the server, those hand-offs added about a
 * millisecond per request to the measured latency, time spent in the measuring JVM rather than in the
 * site. This client writes the request and reads the response on the calling thread, as a browser's
 * connection or a load balancer's would, so the figure is the server's HTTP path. It reads
 * {@code Content-Length} and chunked bodies fully, and checks the status.
 */
final class BenchHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    BenchHttp(int port) {
        this.host = "127.0.0.1";
        this.port = port;
    }

    /** GETs {@code path}, reads the whole body and returns it; fails on any status but 200. */
    byte[] get(String path) throws IOException {
        if (socket == null) {
            socket = new Socket(InetAddress.getByName(host), port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(status + " for " + path);
        }
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
        if (chunked) {
            for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                copy(size, body);
                line();
            }
            line();
        } else if (length >= 0) {
            copy(length, body);
        }
        if (close) {
            close();
        }
        return body.toByteArray();
    }

    private void copy(long length, ByteArrayOutputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = length; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("connection closed mid-body");
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
