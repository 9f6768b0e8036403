package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The embedded fonts against real text: the cmap of Noto Sans SC for every character of the corpus. */
class GlyphCoverageTest {
    private static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));

    private final GlyphCoverage coverage = GlyphCoverage.shared();

    @Test
    void coversChineseTextPunctuationAndTheMissingMark() {
        String text = "云南省人民政府办公厅关于印发〔2020〕33号《通知》：（一）“六稳”、百分之七；第一条。—…·" + "ABCxyz 0871-63611111 gov@example.cn"
                + GlyphCoverage.MISSING_MARK;
        assertEquals(new TreeSet<>(), coverage.missing(text));
    }

    @Test
    void privateUseCharactersAreMissingAndInvisibleFormatCharactersNeedNoGlyph() {
        assertEquals(new TreeSet<>(List.of(0xE010)), coverage.missing("高程103\uE0105米"));
        assertFalse(coverage.covers(0x200B));
        assertFalse(coverage.isMissing(0x200B), "U+200B is invisible: removed before layout");
        assertEquals("第一条规定□米", coverage.printable("第一条\u200B规定\uFEFF\uE010米"));
        assertTrue(coverage.missing("换行\n\t制表").isEmpty());
    }

    /**
     * Every character of every corpus file (front matter and body) is covered, except
     * private-use characters: those are mis-encoded at the source, no font can draw them, and the
     * build reports each as a {@code pdf-missing-glyph} warning. Cheap: cmap look-ups, no rendering.
     */
    @Test
    void everyCharacterOfTheCorpusIsCoveredOrPrivateUse() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS),
                "skipped: the developers' corpus is not at "
                        + CORPUS.toAbsolutePath().normalize() + " (set -Dgazette.corpus=DIR)");
        Map<Integer, SortedSet<String>> missing = new TreeMap<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files++;
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (int codePoint : coverage.missing(text)) {
                    missing.computeIfAbsent(codePoint, k -> new TreeSet<>())
                            .add(CORPUS.relativize(file).toString());
                }
            }
        }
        assertTrue(files > 2000, "the corpus has its 2,902 documents: " + files);
        Map<Integer, SortedSet<String>> notPrivateUse = new TreeMap<>(missing);
        notPrivateUse.keySet().removeIf(cp -> Character.getType(cp) == Character.PRIVATE_USE);
        assertEquals(Map.of(), notPrivateUse, "characters without a glyph in Noto Sans SC");
        System.out.printf(
                "glyph coverage: %d corpus files; private-use characters without glyph: %s%n",
                files,
                missing.keySet().stream().map(cp -> String.format("U+%04X", cp)).toList());
    }
}
