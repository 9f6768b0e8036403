package org.opengazette.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteArchiveTest {
    @TempDir
    Path folder;

    @Test
    void theArchiveHoldsEverySiteFileInOrderWithItsChecksumBeside() throws Exception {
        Path site = folder.resolve("site");
        Files.createDirectories(site.resolve("docs/yn-2020"));
        Files.writeString(site.resolve("manifest.json"), "{\"files\":[]}");
        Files.writeString(site.resolve("index.html"), "<h1>云南省人民政府公报</h1>");
        Files.writeString(site.resolve("docs/yn-2020/index.html"), "实施意见");

        Path zip = folder.resolve("dist/gazette-site-1.0.zip");
        String sha256 = SiteArchive.write(site, zip);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertArrayEquals(
                        Files.readAllBytes(site.resolve(entry.getName())), in.readAllBytes(), entry.getName());
            }
        }
        assertEquals(List.of("docs/yn-2020/index.html", "index.html", "manifest.json"), names);
        String actual =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
        assertEquals(actual, sha256);
        assertEquals(
                actual + "  gazette-site-1.0.zip\n",
                Files.readString(folder.resolve("dist/gazette-site-1.0.zip.sha256")),
                "the format sha256sum -c reads");
    }

    @Test
    void theSameSiteGivesTheSameBytesWhateverTheFileTimes() throws IOException {
        Path site = folder.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "公报");
        byte[] first = Files.readAllBytes(archive(site, "a.zip"));
        Files.setLastModifiedTime(site.resolve("index.html"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertArrayEquals(first, Files.readAllBytes(archive(site, "b.zip")));
    }

    private Path archive(Path site, String name) throws IOException {
        Path zip = folder.resolve(name);
        SiteArchive.write(site, zip);
        return zip;
    }
}
