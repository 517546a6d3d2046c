package uk.goodpractice.directory.hostile;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** HTTP as a hostile client writes it, byte by byte: what no HTTP library would send. */
final class RawHttp {

    private RawHttp() {
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    static Answer send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends the bytes, then reads the answer until the server closes the connection or the body is complete. */
    static Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedWhileWriting) {
                // the server may answer and close before reading everything: read what it said
            }
            return read(socket.getInputStream());
        }
    }

    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headerEnd = -1;
        long contentLength = -1;
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                all.write(buffer, 0, n);
                String soFar = all.toString(StandardCharsets.ISO_8859_1);
                if (headerEnd < 0 && (headerEnd = soFar.indexOf("\r\n\r\n")) >= 0) {
                    contentLength = parseHeaders(soFar.substring(0, headerEnd)).entrySet().stream()
                            .filter(e -> e.getKey().equals("content-length")).mapToLong(e -> Long.parseLong(e.getValue().trim()))
                            .findFirst().orElse(-1);
                }
                if (headerEnd >= 0 && contentLength >= 0 && all.size() >= headerEnd + 4 + contentLength) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException stopped) {
            // answer what arrived
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new Answer(-1, Map.of(), "");
        }
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        return new Answer(status, parseHeaders(head), body);
    }

    private static Map<String, String> parseHeaders(String head) {
        Map<String, String> headers = new TreeMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
