package org.opengazette.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;

/**
 * The common typing mistakes behind a YAML syntax error, found by reading the lines themselves:
 * a tab in the indentation, a quote not closed on its line, a full-width colon {@code ：} or no
 * space after the colon of a key ({@code title:"x"}), a list item out of line with the one above.
 * The parser reports such mistakes late (often on the next line) and in its own words; these
 * name the line and column of the mistake itself. Lines inside block scalars ({@code |}, {@code >})
 * are text and not looked at.
 */
final class YamlMistakes {
    private static final Pattern LINE_END = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");
    private static final Pattern KEY = Pattern.compile("(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)");
    private static final Pattern DASH = Pattern.compile("(\\s*)-(\\s|$)");
    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*(?::|^\\s*-)\\s+[|>][+-]?\\d*\\s*(#.*)?");
    private static final Pattern QUOTED_VALUE =
            Pattern.compile("(\\s*(?:-\\s+)?(?:[^\\s\"'#:][^:]*:\\s+)?)([\"'])(.*)");

    /** One mistake: a problem with its 1-based line and column in the YAML text, and its message arguments. */
    record Mistake(Problem problem, int line, int column, List<Object> args) {}

    /** An indented line of the structure: a key ({@code key:}) or a list item ({@code - }). */
    private record Level(int indent, boolean item) {}

    private YamlMistakes() {}

    /** The mistakes of a YAML text, in line order. */
    static List<Mistake> find(String yaml) {
        List<Mistake> mistakes = new ArrayList<>();
        Deque<Level> levels = new ArrayDeque<>();
        // lines end where the YAML parser ends them: LF, CR LF, a lone CR, NEL, LS and PS
        String[] lines = LINE_END.split(yaml, -1);
        int blockIndent = -1;
        boolean openKey = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            int indent = indentOf(line);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (blockIndent >= 0 && indent > blockIndent) {
                continue;
            }
            blockIndent = BLOCK_SCALAR.matcher(line).matches() ? indent : -1;
            int lineNumber = i + 1;
            int tab = line.substring(0, indent).indexOf('\t');
            if (tab >= 0) {
                mistakes.add(new Mistake(Problem.YAML_TAB, lineNumber, tab + 1, List.of()));
                continue;
            }
            checkKey(line, lineNumber, mistakes);
            checkQuote(lines, i, mistakes);
            Matcher dash = DASH.matcher(line);
            Level popped = null;
            while (!levels.isEmpty() && levels.peek().indent() > indent) {
                Level removed = levels.pop();
                popped = removed.item() ? removed : popped;
            }
            boolean item = dash.lookingAt();
            boolean aligned = !levels.isEmpty() && levels.peek().indent() == indent;
            if (item && !aligned && !openKey && popped != null) {
                mistakes.add(new Mistake(
                        Problem.YAML_LIST_INDENT, lineNumber, indent + 1, List.of(indent, popped.indent())));
            }
            if (!aligned) {
                levels.push(new Level(indent, item));
            }
            openKey = line.stripTrailing().endsWith(":");
        }
        return mistakes;
    }

    /** {@code key：value} and {@code key:value}, for a line that starts with a key. */
    private static void checkKey(String line, int lineNumber, List<Mistake> mistakes) {
        Matcher key = KEY.matcher(line);
        if (!key.lookingAt()) {
            return;
        }
        String name = key.group(2);
        int after = key.end();
        String rest = line.substring(after).stripLeading();
        int colon = line.length() - rest.length();
        if (rest.startsWith("：")) {
            mistakes.add(new Mistake(
                    Problem.YAML_FULL_WIDTH_COLON, lineNumber, colon + 1, List.of(new FieldName(name), name)));
        } else if (after == colon
                && rest.length() > 1
                && rest.charAt(0) == ':'
                && !Character.isWhitespace(rest.charAt(1))
                && !rest.startsWith("://")) {
            mistakes.add(new Mistake(
                    Problem.YAML_COLON_SPACE,
                    lineNumber,
                    colon + 1,
                    List.of(new FieldName(name), name, rest.substring(1).strip())));
        }
    }

    /**
     * A value that starts with a quote which is not closed before the next key (a quoted value may
     * go on over several lines, as YAML allows).
     */
    private static void checkQuote(String[] lines, int index, List<Mistake> mistakes) {
        String line = lines[index].replace("\r", "");
        Matcher quoted = QUOTED_VALUE.matcher(line);
        if (!quoted.matches()) {
            return;
        }
        char quote = quoted.group(2).charAt(0);
        String text = quoted.group(3);
        for (int next = index; ; ) {
            if (closes(text, quote)) {
                return;
            }
            next++;
            if (next >= lines.length || startsWithKey(lines[next])) {
                break;
            }
            text = lines[next].replace("\r", "");
        }
        mistakes.add(
                new Mistake(Problem.YAML_UNCLOSED_QUOTE, index + 1, quoted.end(1) + 1, List.of(String.valueOf(quote))));
    }

    /** True when the line starts with {@code key:} (or {@code key：}), as the next entry would. */
    private static boolean startsWithKey(String line) {
        Matcher key = KEY.matcher(line);
        if (!key.lookingAt()) {
            return false;
        }
        String rest = line.substring(key.end()).stripLeading();
        return rest.startsWith(":") || rest.startsWith("：");
    }

    /** True when {@code text} (inside a value quoted with {@code quote}) holds the closing quote. */
    private static boolean closes(String text, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote && quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                i++;
            } else if (c == quote) {
                return true;
            }
        }
        return false;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return indent;
    }
}
