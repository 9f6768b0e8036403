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

    /**
     * Keeps the exchange open as an event stream. Telling it the generation and adding it to the
     * streams a reload tells are one step: a reload cannot fall between them and go unheard.
     */
    synchronized void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(("retry: 1000\nevent: generation\ndata: " + generation.get() + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(body);
    }

    /**
     * Tells every open page to reload, and ends its stream: the page opens a new one as it loads.
     * The event and the end of the response go out in one write (nothing is flushed between
     * them). That is also how the stream of a page that went away is let go: this is the first
     * write since the page left, which the network still accepts, so the response finishes and
     * the JDK's server drops the connection. A second write to such a stream would fail, and the
     * server would keep that connection for as long as it runs; so nothing but this is ever
     * written to a stream once it is open (no heartbeat: the preview is on this machine, with no
     * proxy to keep a connection alive for).
     */
    synchronized void reload() {
        byte[] event =
                ("event: reload\ndata: " + generation.incrementAndGet() + "\n\n").getBytes(StandardCharsets.UTF_8);
        List<OutputStream> told = List.copyOf(clients);
        clients.removeAll(told);
        for (OutputStream client : told) {
            try {
                client.write(event);
            } catch (IOException e) {
                // the page went away; close() below ends what can be ended
            }
            close(client);
        }
    }

    /** Closes every stream (the server is stopping). */
    synchronized void closeAll() {
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
}
