package org.opengazette.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static file server for browser tests, like any static host: GET and HEAD of files under a
 * folder ({@code index.html} for folders), HTTP byte ranges (206; several in one request as
 * multipart/byteranges, as nginx and Apache answer) unless told to ignore them, content types by extension, and a count of the body bytes it sent.
 */
public final class StaticServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
    private static final Pattern RANGES = Pattern.compile("bytes=\\d+-\\d+(,\\d+-\\d+)+");
    private static final String BOUNDARY = "GAZETTE_BYTE_RANGES";
    private static final Map<String, String> TYPES = Map.of(
            "html",
            "text/html; charset=utf-8",
            "js",
            "text/javascript; charset=utf-8",
            "css",
            "text/css; charset=utf-8",
            "json",
            "application/json",
            "xml",
            "application/xml");

    private final HttpServer server;
    private final Path root;
    private final boolean ranges;
    private final AtomicLong bytesSent = new AtomicLong();
    private final Map<String, AtomicLong> bytesSentOf = new java.util.concurrent.ConcurrentHashMap<>();

    /** Serves {@code root} on a free port of the loopback interface, honouring Range. */
    public StaticServer(Path root) throws IOException {
        this(root, true);
    }

    /** Serves {@code root}; with {@code ranges} false it ignores Range, as Python's http.server does. */
    public StaticServer(Path root, boolean ranges) throws IOException {
        this.ranges = ranges;
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The address of a path under the root, e.g. {@code search/index.html?q=…}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** Body bytes sent since the start or the last reset. */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** Body bytes of one file (a path under the root, e.g. {@code search/index/texts.bin}) sent since the start or the last reset. */
    public long bytesSent(String path) {
        AtomicLong sent = bytesSentOf.get(path);
        return sent == null ? 0 : sent.get();
    }

    public void resetBytes() {
        bytesSent.set(0);
        bytesSentOf.clear();
    }

    private void count(Path file, long bytes) {
        bytesSent.addAndGet(bytes);
        bytesSentOf
                .computeIfAbsent(root.relativize(file).toString().replace('\\', '/'), path -> new AtomicLong())
                .addAndGet(bytes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders()
                    .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            if (ranges) {
                exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            long size = Files.size(file);
            long start = 0;
            long end = size;
            int status = 200;
            String range = exchange.getRequestHeaders().getFirst("Range");
            if (range != null && ranges && RANGES.matcher(range.trim()).matches()) {
                byteRanges(exchange, file, size, range.trim().substring("bytes=".length()));
                return;
            }
            Matcher matcher = range == null || !ranges ? null : RANGE.matcher(range.trim());
            if (matcher != null && matcher.matches()) {
                start = Long.parseLong(matcher.group(1));
                end = matcher.group(2).isEmpty() ? size : Math.min(size, Long.parseLong(matcher.group(2)) + 1);
                if (start >= size || start >= end) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (end - 1) + "/" + size);
            }
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : end - start);
            if (head) {
                return;
            }
            byte[] bytes = new byte[(int) (end - start)];
            try (RandomAccessFile input = new RandomAccessFile(file.toFile(), "r")) {
                input.seek(start);
                input.readFully(bytes);
            }
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
            count(file, bytes.length);
        }
    }

    /** Several ranges in one answer, as multipart/byteranges (RFC 9110, 14.6). */
    private void byteRanges(HttpExchange exchange, Path file, long size, String list) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        long sent = 0;
        try (RandomAccessFile input = new RandomAccessFile(file.toFile(), "r")) {
            for (String part : list.split(",")) {
                long start = Long.parseLong(part.substring(0, part.indexOf('-')));
                long end = Math.min(size, Long.parseLong(part.substring(part.indexOf('-') + 1)) + 1);
                if (start >= end) {
                    continue;
                }
                byte[] bytes = new byte[(int) (end - start)];
                input.seek(start);
                input.readFully(bytes);
                body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes "
                                + start + "-" + (end - 1) + "/" + size + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                body.writeBytes(bytes);
                body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sent += bytes.length;
            }
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        exchange.getResponseHeaders().set("Content-Type", "multipart/byteranges; boundary=" + BOUNDARY);
        exchange.sendResponseHeaders(206, body.size());
        try (OutputStream out = exchange.getResponseBody()) {
            body.writeTo(out);
        }
        count(file, sent);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
