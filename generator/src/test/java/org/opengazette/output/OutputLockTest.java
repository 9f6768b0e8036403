package org.opengazette.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds never write one site: in one process, across processes, and a killed holder lets go. */
class OutputLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondClaimInTheSameProcessIsRefusedUntilTheFirstIsReleased() {
        Path site = folder.resolve("site");
        try (OutputLock first = OutputLock.acquire(site)) {
            OutputLock.OutputBusy busy = assertThrows(OutputLock.OutputBusy.class, () -> OutputLock.acquire(site));
            assertEquals(site.toAbsolutePath(), busy.target());
            assertTrue(busy.holder().contains("pid " + ProcessHandle.current().pid()), busy.holder());
            // The refused claim must not have released the first one's lock on the way out.
            assertThrows(OutputLock.OutputBusy.class, () -> OutputLock.acquire(site));
        }
        OutputLock.acquire(site).close();
    }

    @Test
    void anotherProcessHoldingTheFolderIsNamedAndItsDeathReleasesIt() throws Exception {
        Path site = folder.resolve("site");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), site.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked " + holder.pid(), out.readLine());

            OutputLock.OutputBusy busy = assertThrows(OutputLock.OutputBusy.class, () -> OutputLock.acquire(site));
            assertTrue(busy.holder().startsWith("pid " + holder.pid()), busy.holder());
            assertTrue(busy.getMessage().contains(site.toAbsolutePath().toString()), busy.getMessage());

            holder.destroyForcibly(); // a killed build: no chance to release anything itself
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            OutputLock.acquire(site).close();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void theLockFileLiesBesideTheSiteNotInIt() throws IOException {
        Path site = folder.resolve("out").resolve("site");
        try (OutputLock lock = OutputLock.acquire(site)) {
            assertTrue(java.nio.file.Files.isRegularFile(folder.resolve("out/.site.lock")));
            assertEquals(site.toAbsolutePath(), lock.target());
        }
    }
}
