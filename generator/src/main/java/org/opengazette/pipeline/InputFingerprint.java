package org.opengazette.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.opengazette.site.BuiltInTheme;
import org.opengazette.site.Theme;

/** A SHA-256 over the names and bytes of every file in some folders (the site config, the theme). */
final class InputFingerprint {
    private InputFingerprint() {}

    /** The fingerprint of a theme: the built-in theme's (made once) and its project folder's. */
    static String of(Theme theme) {
        return BuiltIn.PRINT + theme.override().map(InputFingerprint::of).orElse("");
    }

    /** The fingerprint of {@code folders}; a folder that does not exist counts as empty. */
    static String of(Path... folders) {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
                for (Path file : files) {
                    digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The generator's code: its version, and the size and time of its jar (or of its newest class
     * file, when run from classes), so that a cache made by other code of the same version is not used.
     */
    static String ofGenerator() {
        return Generator.PRINT;
    }

    private static final class Generator {
        static final String PRINT = Pipeline.generatorVersion() + "@" + codeStamp();

        private static String codeStamp() {
            try {
                Path code = Path.of(Pipeline.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                if (Files.isRegularFile(code)) {
                    return Files.size(code) + ":"
                            + Files.getLastModifiedTime(code).toMillis();
                }
                try (Stream<Path> walk = Files.walk(code)) {
                    return walk.filter(Files::isRegularFile)
                                    .mapToLong(file -> {
                                        try {
                                            return Files.getLastModifiedTime(file)
                                                    .toMillis();
                                        } catch (IOException e) {
                                            throw new UncheckedIOException(e);
                                        }
                                    })
                                    .max()
                                    .orElse(0)
                            + "";
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown:" + System.nanoTime();
            }
        }
    }

    private static final class BuiltIn {
        static final String PRINT = of(BuiltInTheme.folder());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
