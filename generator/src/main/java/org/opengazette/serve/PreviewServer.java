package org.opengazette.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.opengazette.pipeline.BuildCancelled;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * {@code gazette serve}: builds the site once, serves it on 127.0.0.1 with the JDK's HTTP server
 * ({@link SiteFiles}), watches the content, the site config and the themes ({@link
 * ContentWatcher}), rebuilds what a change touches with one remembering {@link Pipeline}, and
 * tells the open pages to reload ({@link ReloadEvents}). A rebuild first carries the last search
 * index over, so that the pages reload as soon as they are made; the index is made again once no
 * change came for {@link #SEARCH_DELAY_MILLIS} (without another reload: only searches see it), and
 * that full build gives up at its next stage when a newer save arrives, so that a save never waits
 * long for it. While the content has errors, every page shows them ({@link ErrorOverlay}) instead
 * of the stale site.
 */
public final class PreviewServer implements AutoCloseable {
    /** How long the content must stay unchanged before the search index is made again. */
    static final long SEARCH_DELAY_MILLIS = 1000;

    private final Pipeline pipeline;
    private final Consumer<BuildResult> report;
    private final ReloadEvents events = new ReloadEvents();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> new Thread(r, "gazette-build"));
    private final ExecutorService cleanup = Executors.newSingleThreadExecutor(r -> new Thread(r, "gazette-cleanup"));
    private final AtomicLong changes = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gazette-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final HttpServer server;
    private final ContentWatcher watcher;
    private volatile String overlay;

    /**
     * Builds {@code request} and starts serving it on {@code port} (0: any free port); a change to
     * its content, site-config or themes folder triggers a rebuild.
     *
     * @param report hears the result of every build (the CLI prints it)
     */
    public PreviewServer(BuildRequest request, int port, Consumer<BuildResult> report) {
        this.pipeline = new Pipeline(request, ProgressListener.NONE);
        pipeline.deletePreviousSitesWith(cleanup);
        this.report = report;
        accept(pipeline.build(), true);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "gazette-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/__gazette/events", events::open);
        server.createContext(
                "/__gazette/reload.js", exchange -> resource(exchange, "reload.js", "text/javascript; charset=utf-8"));
        server.createContext(
                "/__gazette/overlay.css", exchange -> resource(exchange, "overlay.css", "text/css; charset=utf-8"));
        server.createContext("/", new SiteFiles(request.output(), () -> overlay, events::generation));
        server.start();
        watcher = new ContentWatcher(List.of(request.content(), request.config(), request.themes()), this::changed);
    }

    /** The address the preview is served at, e.g. {@code http://127.0.0.1:8000/}. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many pages are listening for reloads. */
    int openStreams() {
        return events.open();
    }

    /** Changes arrived: one rebuild at a time, and changes that arrive meanwhile make one more. */
    private void changed(Set<Path> paths) {
        changes.incrementAndGet();
        if (rebuildQueued.compareAndSet(false, true)) {
            builder.execute(() -> {
                rebuildQueued.set(false);
                long change = changes.get();
                BuildResult quick = pipeline.buildKeepingSearch();
                accept(quick, true);
                if (quick.success() && pipeline.request().search()) {
                    timer.schedule(
                            () -> builder.execute(() -> searchAfter(change)),
                            SEARCH_DELAY_MILLIS,
                            TimeUnit.MILLISECONDS);
                }
            });
        }
    }

    /** The full build with the search index, unless a change came after {@code change} (then it gives up). */
    private void searchAfter(long change) {
        if (changes.get() != change) {
            return;
        }
        try {
            accept(pipeline.build(() -> changes.get() != change), false);
        } catch (BuildCancelled e) {
            // a newer save is being built; its own search build follows
        }
    }

    private void accept(BuildResult result, boolean reload) {
        String before = overlay;
        overlay = result.success() ? null : ErrorOverlay.html(result);
        report.accept(result);
        if (reload || !java.util.Objects.equals(before, overlay)) {
            events.reload();
        }
    }

    private static void resource(HttpExchange exchange, String name, String type) throws IOException {
        try (exchange;
                InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Serves until the process is told to stop (Ctrl-C), then closes the server. */
    public void serveUntilStopped() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            close();
                            stopped.countDown();
                        },
                        "gazette-stop"));
        stopped.await();
    }

    /** Stops watching and serving; a build under way finishes first. */
    @Override
    public void close() {
        watcher.close();
        timer.shutdownNow();
        builder.shutdown();
        try {
            builder.awaitTermination(5, TimeUnit.MINUTES);
            cleanup.shutdown();
            cleanup.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.closeAll();
        server.stop(0);
    }
}
