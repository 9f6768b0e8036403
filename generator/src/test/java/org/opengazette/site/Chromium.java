package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) run as a command, each run bounded by a
 * timeout, with a fresh profile and every flag that keeps it from reaching the network.
 * Runs may go in parallel.
 */
public final class Chromium {
    private static final long TIMEOUT_SECONDS = 90;
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--mute-audio",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0");

    /** What a run printed. */
    record Output(String stdout, String stderr) {
        /** The page's console messages (Chromium logs them to stderr as {@code INFO:CONSOLE}). */
        List<String> console() {
            return stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }

    private final Path executable;
    private final Path workFolder;
    private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

    private Chromium(Path executable, Path workFolder) {
        this.executable = executable;
        this.workFolder = workFolder;
    }

    /** Finds chromium, or fails the test saying how to install it (the browser tests never skip). */
    public static Chromium find(Path workFolder) {
        Optional<Path> executable = locate();
        if (executable.isEmpty()) {
            String explicit = System.getProperty("gazette.chromium");
            fail("Headless Chromium is needed for the browser tests but `chromium` is not installed ("
                    + (explicit != null && !explicit.isBlank()
                            ? "-Dgazette.chromium=" + explicit + " is not an executable"
                            : "not on the PATH nor at /usr/bin/chromium")
                    + "): run `bash .ci/run` (installs it and runs the tests) or `apt-get install chromium`.");
        }
        return new Chromium(executable.get(), workFolder);
    }

    /** {@code -Dgazette.chromium=PATH} if given, else {@code chromium} on the PATH, else /usr/bin/chromium. */
    private static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("gazette.chromium");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isRegularFile).filter(Files::isExecutable);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (!folder.isEmpty()) {
                    candidates.add(Path.of(folder, "chromium"));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        return candidates.stream()
                .filter(Files::isRegularFile)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The page's DOM after it loaded and its scripts ran. */
    Output dumpDom(String url) {
        return run(List.of("--dump-dom", url));
    }

    /** The page's DOM as {@link #dumpDom}, and in the same run a PNG screenshot of the window. */
    Output dumpDomAndScreenshot(String url, Path png, int width, int height) {
        return run(List.of(
                "--dump-dom", "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, url));
    }

    /**
     * A browser kept running for many pages, driven over the DevTools protocol; its DevTools port
     * is chosen by the system and served on the loopback address only.
     */
    public DevToolsSession session() {
        int run = runs.incrementAndGet();
        Path profile = workFolder.resolve("profile-" + run);
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile.toAbsolutePath());
        command.add("--remote-debugging-port=0");
        command.add("about:blank");
        try {
            Files.createDirectories(profile);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(workFolder.resolve("run-" + run + ".out").toFile())
                    .redirectError(workFolder.resolve("profile-" + run + ".err").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return DevToolsSession.connect(process, profile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot run " + executable, e);
        }
    }

    private Output run(List<String> arguments) {
        int run = runs.incrementAndGet();
        Path profile = workFolder.resolve("profile-" + run);
        Path stdout = workFolder.resolve("run-" + run + ".out");
        Path stderr = workFolder.resolve("run-" + run + ".err");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile.toAbsolutePath());
        command.addAll(arguments);
        Process process = null;
        try {
            Files.createDirectories(profile);
            process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
            }
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail("chromium exited with " + process.exitValue() + ": " + String.join(" ", command) + "\n" + err);
            }
            return new Output(Files.readString(stdout, StandardCharsets.UTF_8), err);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
