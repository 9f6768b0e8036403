package org.opengazette.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
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
