package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;

/**
 * A syntax error at the end of the text is placed where the text ends, as an editor shows it,
 * also when a lone CR ends the text (SnakeYAML does not count it as a line end; found by the
 * loaders' fuzzer, seed issueFile/lone-cr-ending-the-text.yaml).
 */
class YamlEndOfTextTest {
    @Test
    void anErrorAtTheEndAfterALoneCrIsOnTheLastLine() {
        assertEquals(List.of("f:3:1"), errors("[1\n,\r"));
        assertEquals(List.of("f:3:1"), errors("[1\n,\r\n"));
        assertEquals(List.of("f:3:1"), errors("[1\n,\n"));
    }

    private static List<String> errors(String yaml) {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("en"));
        YamlReader.read(yaml, 1, "f", diagnostics);
        return diagnostics.sorted().stream().map(d -> d.position().toString()).toList();
    }
}
