package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page of a headless Chromium that {@link Chromium#session} started, driven over the DevTools
 * protocol (a WebSocket): navigate, set the viewport and the default font size, evaluate
 * JavaScript, press keys. Calls wait for their answer; events that arrive meanwhile are kept for
 * {@link #navigate}. Closing ends the browser.
 */
public final class DevToolsSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    private DevToolsSession(Process process, WebSocket.Builder sockets, String url) {
        this.process = process;
        this.socket = sockets.buildAsync(URI.create(url), new Listener(messages))
                .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .join();
    }

    /** Connects to the page of a Chromium started with {@code --remote-debugging-port=0} on {@code profile}. */
    static DevToolsSession connect(Process process, Path profile) {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            while (!Files.isRegularFile(portFile)
                    || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    fail("chromium did not open its DevTools port (exit "
                            + (process.isAlive() ? "none" : process.exitValue()) + "); see "
                            + profile.resolveSibling(profile.getFileName() + ".err"));
                }
                Thread.sleep(50);
            }
            String port = Files.readAllLines(portFile).get(0).trim();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    DevToolsSession session = new DevToolsSession(
                            process,
                            http.newWebSocketBuilder(),
                            target.path("webSocketDebuggerUrl").asText());
                    session.call("Page.enable", JSON.createObjectNode());
                    return session;
                }
            }
            throw new IllegalStateException("chromium has no page to drive: " + targets);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A viewport of that size in CSS pixels (a phone's when {@code mobile}), at device scale 1. */
    void viewport(int width, int height, boolean mobile) {
        call(
                "Emulation.setDeviceMetricsOverride",
                params().put("width", width)
                        .put("height", height)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", mobile));
    }

    /**
     * A slow line: every request waits {@code latencyMillis} more (DevTools network emulation,
     * unlimited throughput), and the HTTP cache is off, so each page starts cold.
     */
    public void slowNetwork(int latencyMillis) {
        call("Network.enable", params());
        call("Network.setCacheDisabled", params().put("cacheDisabled", true));
        call(
                "Network.emulateNetworkConditions",
                params().put("offline", false)
                        .put("latency", latencyMillis)
                        .put("downloadThroughput", -1)
                        .put("uploadThroughput", -1));
    }

    /** The browser's default font size, as a reader sets it in the browser's settings. */
    void defaultFontSize(int pixels) {
        ObjectNode sizes = params().put("standard", pixels);
        call("Page.setFontSizes", params().set("fontSizes", sizes));
    }

    /** Opens {@code url} and waits for its load event. */
    public void navigate(String url) {
        messages.clear();
        JsonNode answer = call("Page.navigate", params().put("url", url));
        if (answer.path("result").hasNonNull("errorText")) {
            fail("cannot open " + url + ": "
                    + answer.path("result").path("errorText").asText());
        }
        awaitEvent("Page.loadEventFired");
    }

    /** The value of a JavaScript expression (a promise is awaited), as JSON. */
    public JsonNode evaluate(String expression) {
        JsonNode answer = call(
                "Runtime.evaluate",
                params().put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true));
        JsonNode result = answer.path("result");
        if (result.has("exceptionDetails")) {
            fail("the page's script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** The page's accessibility tree as a screen reader gets it: Chromium's nodes, each with its role and name. */
    JsonNode accessibilityTree() {
        return call("Accessibility.getFullAXTree", params()).path("result").path("nodes");
    }

    /** A press of the Tab key, which moves the focus as a keyboard does. */
    void pressTab() {
        key("rawKeyDown", "Tab", 9, null);
        key("keyUp", "Tab", 9, null);
    }

    /** A press of the Enter key, which activates the focused control as a keyboard does. */
    public void pressEnter() {
        key("keyDown", "Enter", 13, "\r");
        key("keyUp", "Enter", 13, null);
    }

    private void key(String type, String key, int keyCode, String text) {
        ObjectNode event =
                params().put("type", type).put("key", key).put("code", key).put("windowsVirtualKeyCode", keyCode);
        if (text != null) {
            event.put("text", text);
        }
        call("Input.dispatchKeyEvent", event);
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = params().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        List<JsonNode> events = new java.util.ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode next = messages.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (next.path("id").asInt(-1) == id) {
                    if (next.has("error")) {
                        fail(method + " failed: " + next.path("error"));
                    }
                    return next;
                }
                events.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            messages.addAll(events);
        }
        return fail("no answer to " + method + " within " + TIMEOUT_SECONDS + " s");
    }

    private void awaitEvent(String method) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(50, TimeUnit.MILLISECONDS);
                if (message != null && method.equals(message.path("method").asText())) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        fail("no " + method + " within " + TIMEOUT_SECONDS + " s");
    }

    @Override
    public void close() {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Collects whole messages (a message may come in several frames). */
    private static final class Listener implements WebSocket.Listener {
        private final LinkedBlockingQueue<JsonNode> messages;
        private final StringBuilder text = new StringBuilder();

        Listener(LinkedBlockingQueue<JsonNode> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
