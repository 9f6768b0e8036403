package org.opengazette.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOutputTest {
    @TempDir
    Path folder;

    @Test
    void theTargetIsUntouchedUntilCommit() throws IOException {
        Path site = folder.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "旧站点");
        try (SiteOutput output = SiteOutput.stage(site)) {
            output.write("index.html", "新站点");
            assertEquals("旧站点", Files.readString(site.resolve("index.html")));
        }
        assertEquals("旧站点", Files.readString(site.resolve("index.html")), "closed without commit: old site kept");
        assertEquals(1, siblings(), "no staging folder left behind");
    }

    @Test
    void commitReplacesTheSiteAndRecordsHashes() throws IOException {
        Path site = folder.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("stale.html"), "旧");
        try (SiteOutput output = SiteOutput.stage(site)) {
            output.write("docs/a/index.html", "abc");
            assertEquals(
                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    output.files().get(0).sha256());
            assertEquals(3, output.files().get(0).size());
            output.commit();
        }
        assertTrue(Files.exists(site.resolve("docs/a/index.html")));
        assertEquals(
                "rwxr-xr-x",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(site)),
                "a web server running as another user can read the site");
        assertFalse(Files.exists(site.resolve("stale.html")), "the previous site is replaced, not merged");
        assertEquals(1, siblings(), "neither staging nor previous folder left behind");
    }

    @Test
    void pathsCannotEscapeTheSiteOrBeWrittenTwice() {
        try (SiteOutput output = SiteOutput.stage(folder.resolve("site"))) {
            assertThrows(IllegalArgumentException.class, () -> output.write("../outside.html", "x"));
            output.write("a.html", "x");
            assertThrows(IllegalStateException.class, () -> output.write("a.html", "y"));
        }
    }

    @Test
    void aStreamedFileIsListedWhenClosedAsIfWrittenWhole() throws IOException {
        byte[] bytes = "国务院办公厅关于印发《规范性文件管理办法》的通知".repeat(5_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (SiteOutput output = SiteOutput.stage(folder.resolve("site"))) {
            output.write("whole.bin", bytes);
            try (java.io.OutputStream out = output.open("search/streamed.bin")) {
                out.write(bytes[0]);
                out.write(bytes, 1, 1000);
                out.write(bytes, 1001, bytes.length - 1001);
                assertEquals(1, output.files().size(), "listed only when closed");
            }
            OutputFile whole = output.files().get(1);
            OutputFile streamed = output.files().get(0);
            assertEquals("search/streamed.bin", streamed.path());
            assertEquals(whole.size(), streamed.size());
            assertEquals(whole.sha256(), streamed.sha256());
            output.commit();
        }
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(folder.resolve("site/search/streamed.bin"))));
        try (SiteOutput output = SiteOutput.stage(folder.resolve("site"))) {
            output.write("a.bin", bytes);
            assertThrows(IllegalStateException.class, () -> output.open("a.bin"));
        }
    }

    /** What lies beside the site, apart from its lock file (which stays, see OutputLock). */
    private long siblings() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().endsWith(".lock"))
                    .count();
        }
    }
}
