package org.opengazette.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.history.BuildVersion;
import org.opengazette.output.OutputFile;
import org.opengazette.output.SiteOutput;

/**
 * Writes {@code manifest.json}, the last file of a build: {@code {"version", "commit", "dirty",
 * "generator", "as_of", "files": [{"path", "size", "sha256"}]}}. {@code version} is a hash of
 * every other file's path and SHA-256, so it changes exactly when the published content changes;
 * {@code commit} is the git commit built (HEAD) and {@code dirty} whether the content or
 * site-config folder differed from it, both only when a repository holds the content.
 */
public final class ManifestWriter {
    public static final String PATH = "manifest.json";

    private ManifestWriter() {}

    /** @param build the commit built, or null when the content has no git history */
    public static void write(SiteOutput output, String asOf, String generatorVersion, BuildVersion build) {
        List<OutputFile> files = output.files();
        List<Map<String, Object>> entries = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        for (OutputFile file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.path());
            entry.put("size", file.size());
            entry.put("sha256", file.sha256());
            entries.add(entry);
            fingerprint.append(file.path()).append(' ').append(file.sha256()).append('\n');
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", "content-" + sha256(fingerprint.toString()).substring(0, 16));
        if (build != null) {
            manifest.put("commit", build.commit());
            manifest.put("dirty", build.dirty());
        }
        manifest.put("generator", "OpenGazette " + generatorVersion);
        manifest.put("as_of", asOf);
        manifest.put("files", entries);
        output.write(PATH, Json.write(manifest));
    }

    /**
     * The files listed by the manifest of the site in {@code site}, by path; empty when there is
     * no site or its manifest cannot be read (then every file counts as new).
     */
    public static Map<String, OutputFile> read(Path site) {
        Path manifest = site.resolve(PATH);
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        try {
            Map<String, OutputFile> files = new HashMap<>();
            for (JsonNode file : new ObjectMapper().readTree(manifest.toFile()).path("files")) {
                files.put(
                        file.path("path").asText(),
                        new OutputFile(
                                file.path("path").asText(),
                                file.path("size").asLong(),
                                file.path("sha256").asText()));
            }
            return files;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
