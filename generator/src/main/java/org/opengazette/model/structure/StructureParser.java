package org.opengazette.model.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a Markdown body: blocks are separated by blank lines, an ATX heading
 * ({@code ## 第一章 总则}) is a block of its own even without blank lines around it, and a block's
 * text is taken without emphasis marks and without the line breaks inside a paragraph.
 */
public final class StructureParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LABEL = Pattern.compile("^(\\*\\*|__)第[^*_\\s]{1,12}条");
    private static final Pattern OTHER = Pattern.compile("^(\\||[-*+]\\s|\\d+[.)]\\s|>|```|~~~|<)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");

    private StructureParser() {}

    /** The structure of {@code markdown}. */
    public static Structure parse(String markdown) {
        StructureBuilder builder = new StructureBuilder();
        for (String block : blocks(markdown)) {
            // each pattern only where the block's first character lets it match: most blocks are plain text
            if (block.startsWith("#")) {
                Matcher heading = HEADING.matcher(block);
                if (heading.matches()) {
                    builder.heading(heading.group(1).length(), plain(heading.group(2)));
                    continue;
                }
            }
            String text = plain(block);
            if (text.isEmpty()) {
                continue;
            }
            if (mayStartOther(block.charAt(0)) && OTHER.matcher(block).lookingAt()) {
                builder.other(text);
            } else {
                boolean bold = (block.startsWith("**") || block.startsWith("__"))
                        && BOLD_LABEL.matcher(block).lookingAt();
                builder.paragraph(text, bold);
            }
        }
        return builder.build();
    }

    /** True when a block starting with {@code first} may be a table, list, quote, fence or HTML ({@link #OTHER}). */
    private static boolean mayStartOther(char first) {
        return "|-*+>`~<".indexOf(first) >= 0 || (first >= '0' && first <= '9');
    }

    /** The blocks of the body: runs of lines between blank lines, each ATX heading line on its own. */
    private static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : markdown.lines().toList()) {
            boolean heading = isHeading(line);
            if (line.isBlank() || heading) {
                if (!current.isEmpty()) {
                    blocks.add(current.toString());
                    current.setLength(0);
                }
                if (heading) {
                    blocks.add(line.strip());
                }
                continue;
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            blocks.add(current.toString());
        }
        return blocks;
    }

    /** An ATX heading line: up to three spaces, then 1 to 6 {@code #} and a space. */
    private static boolean isHeading(String line) {
        int start = 0;
        while (start < line.length() && start < 3 && line.charAt(start) == ' ') {
            start++;
        }
        return start < line.length()
                && line.charAt(start) == '#'
                && HEADING.matcher(line.strip()).matches();
    }

    /** The block's text without Markdown emphasis and line breaks inside a paragraph. */
    static String plain(String block) {
        String text = block.replace("**", "").replace("__", "");
        return (text.indexOf('\n') < 0 ? text : LINE_BREAK.matcher(text).replaceAll("")).strip();
    }
}
