package org.opengazette.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the built site from disk as a static host would: {@code index.html} for a folder,
 * content types by extension, {@code HEAD}, and single byte ranges ({@code Range: bytes=a-b},
 * {@code a-}, {@code -n}; 206 with {@code Content-Range}, 416 when outside the file), which the
 * search page uses to read its index. Every HTML page gets the preview's reload script before
 * {@code </body>}; while the last build failed, every HTML request gets the error overlay instead.
 */
final class SiteFiles implements HttpHandler {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final String RELOAD_SCRIPT =
            "<script src=\"/__gazette/reload.js\" data-generation=\"%d\"></script>\n";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final Supplier<String> overlay;
    private final LongSupplier generation;

    /**
     * @param overlay    the error overlay's HTML while the content has errors, else null
     * @param generation the generation of the site now (read before a page, so a page is never older than its stamp)
     */
    SiteFiles(Path root, Supplier<String> overlay, LongSupplier generation) {
        this.root = root.toAbsolutePath().normalize();
        this.overlay = overlay;
        this.generation = generation;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            long shown = generation.getAsLong();
            Path file = resolve(exchange.getRequestURI());
            String errors = overlay.get();
            if (errors != null && (file == null || file.toString().endsWith(".html"))) {
                send(exchange, 200, TYPES.get("html"), withReload(errors.getBytes(StandardCharsets.UTF_8), shown));
            } else if (file == null) {
                Path notFound = root.resolve("404.html");
                send(
                        exchange,
                        404,
                        TYPES.get("html"),
                        Files.isRegularFile(notFound)
                                ? withReload(Files.readAllBytes(notFound), shown)
                                : "not found".getBytes(StandardCharsets.UTF_8));
            } else if (file.toString().endsWith(".html")) {
                send(exchange, 200, TYPES.get("html"), withReload(Files.readAllBytes(file), shown));
            } else {
                sendFile(exchange, file);
            }
        }
    }

    /** The file a request names, or null when there is none (or it would leave the site). */
    private Path resolve(URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * Sends a file, or the byte range asked for. The size is the opened file's: a rebuild may put a
     * new site in place meanwhile, and the response is then the old file, whole.
     */
    private void sendFile(HttpExchange exchange, Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            String range = exchange.getRequestHeaders().getFirst("Range");
            long start = 0;
            long end = size - 1;
            int status = 200;
            if (range != null) {
                Matcher m = RANGE.matcher(range.trim());
                if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                    if (m.group(1).isEmpty()) {
                        start = Math.max(0, size - Long.parseLong(m.group(2)));
                    } else {
                        start = Long.parseLong(m.group(1));
                        end = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                    }
                    if (start >= size || start > end) {
                        exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                        send(exchange, 416, "text/plain; charset=utf-8", new byte[0]);
                        return;
                    }
                    status = 206;
                    exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + size);
                }
            }
            long length = end - start + 1;
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : (length == 0 ? -1 : length));
            if (head || length == 0) {
                return;
            }
            try (OutputStream out = exchange.getResponseBody()) {
                channel.position(start);
                InputStream in = Channels.newInputStream(channel);
                byte[] buffer = new byte[1 << 16];
                long left = length;
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    left -= read;
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The page with the reload script (stamped with the generation it shows) before {@code </body>}, or at its end. */
    static byte[] withReload(byte[] html, long generation) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        String script = String.format(RELOAD_SCRIPT, generation);
        String out = at < 0 ? text + script : text.substring(0, at) + script + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
