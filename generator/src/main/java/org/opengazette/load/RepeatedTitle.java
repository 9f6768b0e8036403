package org.opengazette.load;

import java.util.Optional;

/**
 * A body that starts with its own title again (a paragraph or heading whose words, spaces and
 * emphasis aside, are the title: "最高人民法院 关于适用《中华人民共和国公司法》 时间效力的若干规定"). The
 * page shows the title above the body, so that paragraph is left out.
 *
 * @param line  the paragraph's first line in the body (0 = the body's first line)
 * @param lines how many lines it has
 */
record RepeatedTitle(int line, int lines) {

    /** The repetition in {@code body}, if its first paragraph is {@code title}. */
    static Optional<RepeatedTitle> find(String title, String body) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String[] lines = body.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        int end = first;
        StringBuilder text = new StringBuilder();
        while (end < lines.length && !lines[end].isBlank()) {
            text.append(lines[end]);
            end++;
        }
        if (end == first) {
            return Optional.empty();
        }
        String words =
                squeeze(text.toString().replaceFirst("^\\s*#{1,6}\\s", "").replace("*", ""));
        return words.equals(squeeze(title)) ? Optional.of(new RepeatedTitle(first, end - first)) : Optional.empty();
    }

    /** The body with the paragraph's lines emptied: every other line keeps its number. */
    String removedFrom(String body) {
        String[] lines = body.split("\n", -1);
        for (int i = line; i < line + this.lines; i++) {
            lines[i] = "";
        }
        return String.join("\n", lines);
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
