package org.opengazette.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A published site as one zip file, for handing over or uploading to a static host, with its
 * SHA-256 beside it in {@code <file>.sha256} (the format {@code sha256sum -c} reads). Entries are
 * the site's files (its {@code manifest.json} included) in path order, all dated 1980-01-01, so
 * the same site always gives the same bytes.
 */
public final class SiteArchive {
    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01T00:00:00Z, the zip format's first day

    private SiteArchive() {}

    /** Zips the site folder {@code site} into {@code file} (written whole, then moved into place); returns its SHA-256. */
    public static String write(Path site, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        MessageDigest digest = sha256();
        try {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest);
                    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (String path : files(site)) {
                    ZipEntry entry = new ZipEntry(path);
                    entry.setTime(FIXED_TIME);
                    zip.putNextEntry(entry);
                    Files.copy(site.resolve(path), zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        Files.writeString(
                absolute.resolveSibling(absolute.getFileName() + ".sha256"),
                hash + "  " + absolute.getFileName() + "\n",
                StandardCharsets.UTF_8);
        return hash;
    }

    /** The site's files, relative, with forward slashes, sorted. */
    private static List<String> files(Path site) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
