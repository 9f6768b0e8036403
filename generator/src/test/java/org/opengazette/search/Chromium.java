package org.opengazette.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run once per page: loads a URL, lets it run for a bounded virtual
 * time (pending network requests hold the clock) and returns the DOM it ends with.
 */
public final class Chromium {
    private Chromium() {}

    /** The chromium executable, if installed. */
    public static Optional<String> executable() {
        for (String candidate : List.of("/usr/bin/chromium", "chromium", "chromium-browser")) {
            try {
                Process process = new ProcessBuilder(candidate, "--version")
                        .redirectErrorStream(true)
                        .start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return Optional.empty();
    }

    /** The DOM of {@code url} after at most {@code budgetMillis} of virtual time. */
    public static String dumpDom(String executable, URI url, long budgetMillis)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            Process process = new ProcessBuilder(
                            executable,
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            "--virtual-time-budget=" + budgetMillis,
                            "--dump-dom",
                            url.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] dom = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish with " + url);
            }
            return new String(dom, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
