package org.opengazette.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the built-in theme into a folder ({@code gazette theme export}) for a publisher to
 * change. A file already in the folder is overwritten only when asked: otherwise nothing is
 * written.
 */
public final class ThemeExport {
    private ThemeExport() {}

    /**
     * What an export did.
     *
     * @param written the files written, sorted
     * @param refused the files already there, when they were not to be overwritten (then nothing is written)
     */
    public record Outcome(List<Path> written, List<Path> refused) {}

    /** Copies every file of the built-in theme into {@code folder}, overwriting files only when {@code overwrite}. */
    public static Outcome export(Path folder, boolean overwrite) throws IOException {
        List<String> files = BuiltInTheme.files();
        List<Path> existing =
                files.stream().map(folder::resolve).filter(Files::exists).toList();
        if (!overwrite && !existing.isEmpty()) {
            return new Outcome(List.of(), existing);
        }
        List<Path> written = new ArrayList<>();
        for (String file : files) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(BuiltInTheme.folder().resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            written.add(target);
        }
        return new Outcome(List.copyOf(written), List.of());
    }
}
