package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting front matter from the body, with the file line of each part. */
class FrontMatterTest {
    private static final String YAML = "title: \"中华人民共和国国籍法\"\nkind: law\n";
    private static final String BODY = "**第一条** 中华人民共和国国籍的取得、丧失和恢复，都适用本法。\n";

    @Test
    void splitsAFileThatStartsWithTheOpeningLine() {
        FrontMatter fm = split("---\n" + YAML + "---\n" + BODY);

        assertEquals(YAML, fm.yaml());
        assertEquals(2, fm.yamlFirstLine());
        assertEquals(BODY, fm.body());
        assertEquals(5, fm.bodyFirstLine());
    }

    @Test
    void acceptsWindowsLineEnds() {
        FrontMatter fm = split(("---\n" + YAML + "---\n\n" + BODY).replace("\n", "\r\n"));

        assertEquals(YAML, fm.yaml());
        assertEquals(2, fm.yamlFirstLine());
        assertEquals("\n" + BODY, fm.body());
        assertEquals(5, fm.bodyFirstLine());
    }

    @Test
    void leadingBlankLinesShiftEveryLine() {
        FrontMatter fm = split("\n  \n\t\n---\n" + YAML + "---\n" + BODY);

        assertEquals(YAML, fm.yaml());
        assertEquals(5, fm.yamlFirstLine());
        assertEquals(8, fm.bodyFirstLine());
    }

    @Test
    void threeDotsCloseTheFrontMatterToo() {
        FrontMatter fm = split("---\n" + YAML + "...\n" + BODY);

        assertEquals(YAML, fm.yaml());
        assertEquals(BODY, fm.body());
        assertEquals(5, fm.bodyFirstLine());
    }

    @Test
    void trailingSpacesAfterTheMarkersAreAccepted() {
        FrontMatter fm = split("---  \n" + YAML + "--- \t\n" + BODY);

        assertEquals(YAML, fm.yaml());
        assertEquals(BODY, fm.body());
    }

    @Test
    void onlyTheFirstClosingLineCounts() {
        FrontMatter fm = split("---\n" + YAML + "---\n" + BODY + "\n---\n\n第二部分\n");

        assertEquals(YAML, fm.yaml());
        assertTrue(fm.body().contains("\n---\n"), fm.body());
    }

    @Test
    void emptyFrontMatterAndEmptyBody() {
        FrontMatter fm = split("---\n---");

        assertEquals("", fm.yaml());
        assertEquals(2, fm.yamlFirstLine());
        assertEquals("", fm.body());
        assertEquals(3, fm.bodyFirstLine());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\n\n",
                "title: x\n---\n",
                "----\ntitle: x\n---\n",
                "--- title: x\n---\n",
                "正文\n---\ntitle: x\n---\n",
                "\uFEFF---\ntitle: x\n---\n"
            })
    void textWithoutAnOpeningLineHasNoFrontMatter(String text) {
        FrontMatter.Split split = FrontMatter.split(text);
        assertTrue(split.frontMatter().isEmpty());
        assertEquals(FrontMatter.Failure.MISSING, split.failure());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "---",
                "---\n",
                "---\ntitle: x\nkind: law\n\n正文",
                "---\ntitle: x\n  ---\n",
                "---\ntitle: x\n-- -\n"
            })
    void anOpeningLineWithoutAClosingOneIsUnclosed(String text) {
        FrontMatter.Split split = FrontMatter.split(text);
        assertTrue(split.frontMatter().isEmpty());
        assertEquals(FrontMatter.Failure.UNCLOSED, split.failure());
    }

    /** Any blank lines, YAML lines and body lines, with either line end, split back exactly. */
    @Test
    void lineNumbersAddUpForAnyLayout() {
        Random random = new Random(20240101);
        for (int round = 0; round < 500; round++) {
            int blank = random.nextInt(4);
            List<String> yaml = lines(random, "key%d: 值%d", random.nextInt(6));
            List<String> body = lines(random, "第%d条 正文%d。", random.nextInt(6));
            String eol = random.nextBoolean() ? "\n" : "\r\n";
            String text = String.join(eol, concat(repeat("", blank), List.of("---"), yaml, List.of("---"), body));

            FrontMatter fm = split(text);

            assertEquals(blank + 2, fm.yamlFirstLine(), text);
            assertEquals(blank + yaml.size() + 3, fm.bodyFirstLine(), text);
            assertEquals(yaml.isEmpty() ? "" : String.join("\n", yaml) + "\n", fm.yaml(), text);
            assertEquals(String.join("\n", body), fm.body(), text);
        }
    }

    private static FrontMatter split(String text) {
        FrontMatter.Split split = FrontMatter.split(text);
        return split.frontMatter().orElseThrow(() -> new AssertionError(split.failure() + " for " + text));
    }

    private static List<String> lines(Random random, String pattern, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(String.format(pattern, i, random.nextInt(1000)));
        }
        return lines;
    }

    private static List<String> repeat(String line, int count) {
        return java.util.Collections.nCopies(count, line);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
