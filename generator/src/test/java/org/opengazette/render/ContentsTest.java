package org.opengazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opengazette.model.structure.StructureParser;

/**
 * The 目录 of the Civil Procedure Law of 2023 (编, 章, 节, 306 articles), from the developers'
 * corpus, against {@code generator/src/test/resources/golden/contents-civil-procedure.txt}
 * (rewrite with {@code -Dgazette.updateGoldens=true} and review the diff).
 */
class ContentsTest {
    private static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));

    @Test
    void theContentsOfALawWithPartsChaptersAndSectionsMatchTheGoldenFile() throws IOException {
        Path law = CORPUS.resolve("law/law-a78cafe9/2023-09-01.md");
        Assumptions.assumeTrue(
                Files.isRegularFile(law), "skipped: the developers' corpus is not at " + CORPUS.toAbsolutePath());
        String text = Files.readString(law, StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("\n---", 4) + 5);

        StringBuilder outline = new StringBuilder();
        write(Contents.of(StructureParser.parse(body)), "", outline);

        Path golden = REPO.resolve("generator/src/test/resources/golden/contents-civil-procedure.txt");
        if (Boolean.getBoolean("gazette.updateGoldens")) {
            Files.writeString(golden, outline, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), outline.toString());
    }

    @Test
    void aShortBodyWithoutHeadingsHasNoContentsAndALongOneListsItsArticles() {
        assertTrue(Contents.of(StructureParser.parse("**第一条** 为了规范立法活动，制定本法。")).isEmpty());
        StringBuilder long_ = new StringBuilder();
        for (String n : List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")) {
            long_.append("**第").append(n).append("条** 本条例自公布之日起施行。\n\n");
        }
        List<ContentsEntry> entries = Contents.of(StructureParser.parse(long_.toString()));
        assertEquals(10, entries.size());
        assertEquals(new ContentsEntry("第十条", "第十条", null, List.of()), entries.get(9));
    }

    private static void write(List<ContentsEntry> entries, String indent, StringBuilder out) {
        for (ContentsEntry entry : entries) {
            out.append(indent).append('#').append(entry.id()).append(' ').append(entry.text());
            if (entry.range() != null) {
                out.append(" (").append(entry.range()).append(')');
            }
            out.append('\n');
            write(entry.children(), indent + "  ", out);
        }
    }
}
