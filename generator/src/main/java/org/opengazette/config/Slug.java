package org.opengazette.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ASCII folder names for Chinese taxonomy names (authorities, topics). */
final class Slug {
    private Slug() {}

    /** The first 8 hex digits of the SHA-1 of the name: stable while the name stays. */
    static String of(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
