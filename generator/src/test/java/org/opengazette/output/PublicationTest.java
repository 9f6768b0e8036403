package org.opengazette.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed builds leave is cleared by the next one; a site published through a link is never missing. */
class PublicationTest {
    @TempDir
    Path folder;

    private void publish(Path site, String text, boolean link) {
        try (OutputLock lock = OutputLock.acquire(site);
                SiteOutput output = SiteOutput.stage(lock, Map.of(), link)) {
            output.write("index.html", text);
            output.commit();
        }
    }

    @Test
    void leftoversOfKilledBuildsAreDeletedByTheNextBuild() throws IOException {
        Path site = folder.resolve("site");
        publish(site, "一", false);
        Path staging = Files.createDirectories(folder.resolve(".site.staging-123/docs/a"));
        Files.writeString(staging.resolve("index.html"), "半成品");
        Path old = Files.createDirectories(folder.resolve(".site.old-456/site"));
        Files.writeString(old.resolve("index.html"), "旧站点");
        Path unrelated = Files.createDirectories(folder.resolve(".other.staging-1"));

        publish(site, "二", false);

        assertEquals("二", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".other.staging-1", ".site.lock", "site"), names(folder));
        assertTrue(Files.isDirectory(unrelated), "another site's folders are not ours to delete");
    }

    @Test
    void aSitePublishedThroughALinkIsSwappedWhileReadersNeverMissIt() throws Exception {
        Path site = folder.resolve("site");
        publish(site, "0", true);
        assertTrue(Files.isSymbolicLink(site));
        assertFalse(Files.readSymbolicLink(site).isAbsolute(), "a relative link: the parent folder may move");

        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    Files.readString(site.resolve("index.html"));
                    reads.incrementAndGet();
                } catch (NoSuchFileException e) {
                    missing.incrementAndGet();
                } catch (IOException e) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        for (int i = 1; i <= 40; i++) {
            publish(site, Integer.toString(i), false); // a link stays a link without being asked again
        }
        done.set(true);
        reader.join();

        assertEquals("40", Files.readString(site.resolve("index.html")));
        assertEquals(0, missing.get(), "reads that found no site, of " + reads.get());
        assertTrue(reads.get() > 40, "the reader read while the site was swapped: " + reads.get());
        assertEquals(1, names(folder.resolve(".site.releases")).size(), "only the current release is kept");
    }

    @Test
    void aFolderBecomesALinkOnRequestAndAForeignLinkTargetIsNeverDeleted() throws IOException {
        Path site = folder.resolve("site");
        publish(site, "文件夹", false);
        assertFalse(Files.isSymbolicLink(site));
        publish(site, "链接", true);
        assertTrue(Files.isSymbolicLink(site));
        assertEquals("链接", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".site.lock", ".site.releases", "site"), names(folder));

        Path www = Files.createDirectories(folder.resolve("www"));
        Files.writeString(www.resolve("index.html"), "手工放置");
        Files.delete(site);
        Files.createSymbolicLink(site, www);
        publish(site, "新", false);
        assertEquals("新", Files.readString(site.resolve("index.html")));
        assertEquals("手工放置", Files.readString(www.resolve("index.html")), "a folder the link pointed at by hand stays");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
