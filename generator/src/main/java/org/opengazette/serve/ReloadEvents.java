package org.opengazette.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open pages of a preview, as server-sent events ({@code /__gazette/events}): each page's
 * reload script listens, and {@link #reload()} tells them all to load again. Every reload starts a
 * new generation of the site; a page is served with the generation it shows, and a stream starts by
 * telling the current one, so that a page served just before a reload (whose stream was not open
 * yet) still reloads.
 */
final class ReloadEvents {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();

    /** The generation of the site the pages show now. */
    long generation() {
        return generation.get();
    }

    /** Keeps the exchange open as an event stream. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(("retry: 1000\nevent: generation\ndata: " + generation.get() + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(body);
    }

    /** Tells every open page to reload; pages that went away are forgotten. */
    void reload() {
        send("event: reload\ndata: " + generation.incrementAndGet() + "\n\n");
        // Each page reloads and opens a new stream: ending these now, while their pages still
        // listen, finishes their responses cleanly (a response whose page went away first never
        // finishes, and the JDK's server keeps its connection).
        List<OutputStream> told = List.copyOf(clients);
        clients.removeAll(told);
        told.forEach(ReloadEvents::close);
    }

    /** A comment line that keeps connections open and finds the pages that went away. */
    void heartbeat() {
        send(": ping\n\n");
    }

    /** Closes every stream (the server is stopping). */
    void closeAll() {
        clients.forEach(ReloadEvents::close);
        clients.clear();
    }

    /** Ends a stream's exchange, so that the server lets go of its connection. */
    private static void close(OutputStream client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // the page went away already
        }
    }

    int open() {
        return clients.size();
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream client : clients) {
            try {
                client.write(bytes);
                client.flush();
            } catch (IOException e) {
                clients.remove(client);
                close(client);
            }
        }
    }
}
