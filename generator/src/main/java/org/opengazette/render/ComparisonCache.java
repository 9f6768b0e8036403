package org.opengazette.render;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.diff.Provision;
import org.opengazette.diff.Segment;
import org.opengazette.output.CacheFile;

/**
 * The comparisons of the last render, in a folder, for a render in another process: one file per
 * pair of bodies, named by the fingerprint of the pair, so a file is right for any render by the
 * same generator that compares the same two texts. A missing or unreadable file only costs a
 * comparison.
 */
final class ComparisonCache {
    private final Path folder;

    /** The cache in {@code folder}, which holds the comparisons of one generator only. */
    ComparisonCache(Path folder) {
        this.folder = folder;
    }

    /** The comparison stored for the pair with fingerprint {@code print}, or empty. */
    Optional<List<ComparedProvision>> read(String print) {
        Path file = folder.resolve(print + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = CacheFile.open(file)) {
            List<ComparedProvision> rows = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                Provision.Kind kind = Provision.Kind.valueOf(in.readUTF());
                ComparedProvision.Change change = ComparedProvision.Change.valueOf(in.readUTF());
                String oldLabel = CacheFile.readText(in);
                String newLabel = CacheFile.readText(in);
                boolean moved = in.readBoolean();
                List<Segment> segments = new ArrayList<>();
                for (int s = in.readInt(); s > 0; s--) {
                    segments.add(new Segment(Segment.Type.valueOf(in.readUTF()), CacheFile.readText(in)));
                }
                rows.add(new ComparedProvision(kind, change, oldLabel, newLabel, moved, List.copyOf(segments)));
            }
            return Optional.of(List.copyOf(rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code rows} as the comparison of the pair with fingerprint {@code print}. */
    void write(String print, List<ComparedProvision> rows) {
        CacheFile.write(folder.resolve(print + ".bin"), out -> {
            out.writeInt(rows.size());
            for (ComparedProvision row : rows) {
                out.writeUTF(row.kind().name());
                out.writeUTF(row.change().name());
                CacheFile.writeText(out, row.oldLabel());
                CacheFile.writeText(out, row.newLabel());
                out.writeBoolean(row.moved());
                out.writeInt(row.segments().size());
                for (Segment segment : row.segments()) {
                    out.writeUTF(segment.type().name());
                    CacheFile.writeText(out, segment.text());
                }
            }
        });
    }

    /** Deletes the stored comparisons whose fingerprints are not in {@code used}. */
    void deleteAllBut(Set<String> used) {
        CacheFile.deleteAllBut(folder, used);
    }
}
