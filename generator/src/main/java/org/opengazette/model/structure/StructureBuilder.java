package org.opengazette.model.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the blocks of a body in order and says what each is and what its anchor is, building the
 * {@link Structure}. An article starts at a paragraph that begins with its label ({@code 第十条})
 * followed by a space or set in bold, and runs until the next article or heading, so its 款, 项 and
 * the paragraphs after the last article stay with it; a paragraph of an article that starts with
 * {@code （一）} is an item (项) of the clause (款) before it.
 */
public final class StructureBuilder {
    private static final Pattern ARTICLE =
            Pattern.compile("^(第" + ArticleNumber.NUMERAL + "条(?:之" + ArticleNumber.NUMERAL + ")?)");
    private static final Pattern DIVISION = Pattern.compile("^第" + ArticleNumber.NUMERAL + "(分编|编|章|节)");
    private static final Pattern ITEM = Pattern.compile("^[（(][一二三四五六七八九十百]+[）)]");
    private static final String[] CLAUSE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** The labels of the open divisions, outermost first, and what they divide. */
    private final List<Heading> open = new ArrayList<>();

    private String article;
    private String label;
    private List<Clause> clauses;
    private String clauseId;
    private String clauseText;
    private List<String> items;

    /**
     * Where a block was placed.
     *
     * @param article the anchor of the article it belongs to, or null
     * @param id      its own anchor (an article's first paragraph: the article's label; another
     *                clause: the clause's id; a heading: the heading's), or null
     * @param clause  the clause's id when the block starts a clause (an article's first paragraph too)
     */
    public record Placement(String article, String id, String clause) {}

    /** A heading of Markdown level {@code level}; returns its anchor. */
    public Placement heading(int level, String text) {
        endArticle();
        Matcher matcher = DIVISION.matcher(text);
        Division division = Division.OTHER;
        String id;
        if (matcher.lookingAt()) {
            division = switch (matcher.group(1)) {
                case "编" -> Division.PART;
                case "分编" -> Division.SUBPART;
                case "章" -> Division.CHAPTER;
                default -> Division.SECTION;
            };
            Division own = division;
            open.removeIf(outer -> !own.inside(outer.division()));
            StringBuilder chain = new StringBuilder();
            open.forEach(outer -> chain.append(outer.id().substring(outer.id().lastIndexOf('第'))));
            id = unique(chain + matcher.group());
        } else {
            id = unique(text.replaceAll("[\\s　]+", ""));
        }
        Heading heading = new Heading(id, division, text, level);
        if (division != Division.OTHER) {
            open.add(heading);
        }
        blocks.add(heading);
        return new Placement(null, id, null);
    }

    /**
     * A paragraph with plain text {@code text}; {@code boldLabel} when it starts with its label in
     * bold ({@code **第十条**}).
     */
    public Placement paragraph(String text, boolean boldLabel) {
        Matcher matcher = text.startsWith("第") ? ARTICLE.matcher(text) : null;
        if (matcher != null && matcher.lookingAt() && (boldLabel || startsWithSpaceOrEnds(text, matcher.end()))) {
            endArticle();
            label = matcher.group(1);
            article = unique(label);
            clauses = new ArrayList<>();
            startClause(unique(article + "第一款"), text);
            return new Placement(article, article, clauseId);
        }
        if (article == null) {
            blocks.add(new Passage(text));
            return new Placement(null, null, null);
        }
        if ((text.startsWith("（") || text.startsWith("(")) && ITEM.matcher(text).lookingAt()) {
            items.add(text);
            return new Placement(article, null, null);
        }
        endClause();
        startClause(unique(article + "第" + clauseNumber(clauses.size() + 1) + "款"), text);
        return new Placement(article, clauseId, clauseId);
    }

    /** Something other than a paragraph or heading (a list, a table): it stays with the clause before it. */
    public Placement other(String text) {
        if (article == null) {
            blocks.add(new Passage(text));
            return new Placement(null, null, null);
        }
        items.add(text);
        return new Placement(article, null, null);
    }

    /** The structure of the blocks read. */
    public Structure build() {
        endArticle();
        return new Structure(List.copyOf(blocks));
    }

    private void startClause(String id, String text) {
        clauseId = id;
        clauseText = text;
        items = new ArrayList<>();
    }

    private void endClause() {
        clauses.add(new Clause(clauseId, clauseText, List.copyOf(items)));
    }

    private void endArticle() {
        if (article != null) {
            endClause();
            blocks.add(new Article(article, label, List.copyOf(clauses)));
            article = null;
        }
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static boolean startsWithSpaceOrEnds(String text, int end) {
        return end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\u3000';
    }

    /** 一 … 十, then 十一 …: clauses are numbered as the text would cite them. */
    static String clauseNumber(int number) {
        if (number <= 10) {
            return CLAUSE_NUMBERS[number - 1];
        }
        int tens = number / 10;
        int ones = number % 10;
        return (tens == 1 ? "" : clauseNumber(tens)) + "十" + (ones == 0 ? "" : CLAUSE_NUMBERS[ones - 1]);
    }
}
