package org.opengazette.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown body into provisions. An article starts with {@code 第…条} at the start of a
 * paragraph (bold or not) and runs until the next article or heading, so its items
 * (（一）…) stay with it; a heading is its own provision; paragraphs before the first article
 * (a preamble, a notice's text) are provisions of their own.
 */
public final class ProvisionSplitter {
    private static final Pattern ARTICLE = Pattern.compile("^(第[一二三四五六七八九十百千零〇两\\d]+条(?:之[一二三四五六七八九十]+)?)\\s*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

    private ProvisionSplitter() {}

    public static List<Provision> split(String markdown) {
        List<Provision> provisions = new ArrayList<>();
        String label = null;
        StringBuilder article = null;
        for (String block : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = plain(block);
            if (text.isEmpty()) {
                continue;
            }
            Matcher heading = HEADING.matcher(block.strip());
            Matcher start = ARTICLE.matcher(text);
            if (heading.matches()) {
                flush(provisions, label, article);
                label = null;
                article = null;
                String title = plain(heading.group(1));
                provisions.add(new Provision(Provision.Kind.HEADING, title, title, title));
            } else if (start.find()) {
                flush(provisions, label, article);
                label = start.group(1);
                article = new StringBuilder(text);
            } else if (article != null) {
                article.append('\n').append(text);
            } else {
                provisions.add(new Provision(Provision.Kind.PARAGRAPH, "", text, text));
            }
        }
        flush(provisions, label, article);
        return List.copyOf(provisions);
    }

    private static void flush(List<Provision> provisions, String label, StringBuilder article) {
        if (article != null) {
            String text = article.toString();
            String body = text.substring(label.length()).strip();
            provisions.add(new Provision(Provision.Kind.ARTICLE, label, text, body));
        }
    }

    /** The block's text without Markdown emphasis and line breaks inside a paragraph. */
    private static String plain(String block) {
        return block.replace("**", "")
                .replace("__", "")
                .replaceAll("\\s*\n\\s*", "")
                .strip();
    }
}
