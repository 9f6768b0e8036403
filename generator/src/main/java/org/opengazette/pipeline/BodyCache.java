package org.opengazette.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.output.CacheFile;

/**
 * The bodies of the last build, in a folder, for a build in another process (see {@link
 * BodyStage}): one file per rendered version, named by the version's fingerprint, and {@code
 * index.bin}, which lists the bodies the last build used and what their citations resolved
 * against. Only the bodies the index lists are used: each was right for the build that wrote it.
 * A missing or unreadable file only costs a render.
 */
final class BodyCache {
    private static final int FORMAT = 2;
    private static final String INDEX = "index.bin";

    private final Path folder;
    private final String settings;

    /** A stored body: its HTML and text, and its citations by target id and version key. */
    record Stored(MarkdownRenderer.Rendered html, List<BodyStage.Cited> citations) {}

    /**
     * What the last build used: each version's fingerprint by source path, and for each document
     * id the fingerprint and names of what citations of it resolve against.
     */
    record Index(Map<String, String> versions, Map<String, BodyStage.Targets> targets) {
        static final Index EMPTY = new Index(Map.of(), Map.of());
    }

    private BodyCache(Path folder, String settings) {
        this.folder = folder;
        this.settings = settings;
    }

    /** The cache in {@code folder}, used only when it was written with {@code settings}. */
    static BodyCache in(Path folder, String settings) {
        return new BodyCache(folder, settings);
    }

    /** The index of the last build, or {@link Index#EMPTY}. */
    Index index() {
        Path file = folder.resolve(INDEX);
        if (!Files.isRegularFile(file)) {
            return Index.EMPTY;
        }
        try (DataInputStream in = CacheFile.open(file)) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(settings)) {
                return Index.EMPTY;
            }
            Map<String, String> versions = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                versions.put(in.readUTF(), in.readUTF());
            }
            Map<String, BodyStage.Targets> targets = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String id = in.readUTF();
                String print = in.readUTF();
                List<String> names = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    names.add(in.readUTF());
                }
                targets.put(id, new BodyStage.Targets(print, List.copyOf(names)));
            }
            return new Index(versions, targets);
        } catch (IOException | RuntimeException e) {
            return Index.EMPTY;
        }
    }

    /** The body stored under {@code print}, or empty when it is missing or unreadable. */
    Optional<Stored> body(String print) {
        Path file = folder.resolve(print + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = CacheFile.open(file)) {
            String html = CacheFile.readText(in);
            String text = CacheFile.readText(in);
            List<BodyStage.Cited> citations = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                int line = in.readInt();
                String words = CacheFile.readText(in);
                String target = CacheFile.readOptional(in);
                String version = CacheFile.readOptional(in);
                String article = CacheFile.readOptional(in);
                boolean found = in.readBoolean();
                citations.add(new BodyStage.Cited(line, words, target, version, article, found));
            }
            return Optional.of(new Stored(new MarkdownRenderer.Rendered(html, text), List.copyOf(citations)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a body under {@code print} (a file of its own, replaced at once). */
    void store(String print, Stored body) {
        CacheFile.write(folder.resolve(print + ".bin"), out -> {
            CacheFile.writeText(out, body.html().html());
            CacheFile.writeText(out, body.html().text());
            out.writeInt(body.citations().size());
            for (BodyStage.Cited cited : body.citations()) {
                out.writeInt(cited.line());
                CacheFile.writeText(out, cited.text());
                CacheFile.writeOptional(out, cited.targetId());
                CacheFile.writeOptional(out, cited.versionKey());
                CacheFile.writeOptional(out, cited.article());
                out.writeBoolean(cited.found());
            }
        });
    }

    /** Writes the index of this build, then deletes the bodies it no longer lists. */
    void save(Index index) {
        CacheFile.write(folder.resolve(INDEX), out -> {
            out.writeInt(FORMAT);
            out.writeUTF(settings);
            Map<String, String> versions = new TreeMap<>(index.versions());
            out.writeInt(versions.size());
            for (Map.Entry<String, String> entry : versions.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
            Map<String, BodyStage.Targets> targets = new TreeMap<>(index.targets());
            out.writeInt(targets.size());
            for (Map.Entry<String, BodyStage.Targets> entry : targets.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue().print());
                out.writeInt(entry.getValue().names().size());
                for (String name : entry.getValue().names()) {
                    out.writeUTF(name);
                }
            }
        });
    }

    /** Deletes the stored bodies whose fingerprints are not in {@code kept}. */
    void deleteAllBut(Set<String> kept) {
        Set<String> names = new HashSet<>(kept);
        names.add(INDEX.substring(0, INDEX.length() - ".bin".length()));
        CacheFile.deleteAllBut(folder, names);
    }
}
