package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;

/**
 * Lone CRs end lines, as in editors and in the YAML parser; found by the loaders' fuzzer
 * (LoaderFuzzTest, seed versionFile/lone-cr-before-crlf.md): "\r\r\n" used to become one line end,
 * so a YAML error after it was reported a line too early.
 */
class FrontMatterLineEndsTest {
    @Test
    void aLoneCrBeforeCrLfIsTwoLineEnds() {
        String text = "---\ntitle: \"a\r\r\nb\"\nkind: law\r---\r\nbody\n";
        FrontMatter fm = FrontMatter.split(text).frontMatter().orElseThrow();
        assertEquals("title: \"a\n\nb\"\nkind: law\n", fm.yaml());
        assertEquals(2, fm.yamlFirstLine());
        assertEquals(7, fm.bodyFirstLine());
        assertEquals("body\n", fm.body());
    }

    @Test
    void aYamlErrorAfterLoneCrsIsOnItsEditorLine() {
        // line 2: title: "a | 3: (empty) | 4: b" x  ← the stray x after the quote, column 4
        String text = "---\ntitle: \"a\r\r\nb\" x\n---\n";
        FrontMatter fm = FrontMatter.split(text).frontMatter().orElseThrow();
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("en"));
        YamlReader.read(fm.yaml(), fm.yamlFirstLine(), "f.md", diagnostics);
        assertEquals(
                List.of("f.md:4:4"),
                diagnostics.sorted().stream().map(d -> d.position().toString()).toList());
    }

    @Test
    void lineSeparatorsInMarkerAndBlankLinesCountAsLineEnds() {
        // found by the fuzzer (seed versionFile/line-separator-after-opening-line.md): "---" LS, then the YAML
        FrontMatter fm = FrontMatter.split("\u2028\n---\u2028\ntitle: x\n---\u2029\nbody")
                .frontMatter()
                .orElseThrow();
        // lines: 1 "", 2 "" (LS), 3 "---", 4 "" (LS), 5 "title: x", 6 "---", 7 "" (PS), 8 "body"
        assertEquals(5, fm.yamlFirstLine());
        assertEquals(8, fm.bodyFirstLine());
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("en"));
        YamlReader.read("a: {{\n", fm.yamlFirstLine(), "f.md", diagnostics);
        assertEquals(5, diagnostics.sorted().get(0).position().line());
    }
}
