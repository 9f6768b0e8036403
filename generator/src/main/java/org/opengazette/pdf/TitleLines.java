package org.opengazette.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Breaks a title into the lines of the print template, as GB/T 9704 asks (标题回行时，要做到词意
 * 完整，排列对称): only between words, as Lucene's SmartChinese segmenter finds them; never inside a
 * 《》 name, after an opening or before a closing mark, or right after a digit (2020年); in as few
 * lines as the type area allows, as even as possible (the longest line as short as it can be,
 * the upper line the longer on a tie). When a word alone is wider than a line (a long 《》 name),
 * a line may break between any two characters that the punctuation rules allow. Widths are the
 * bold title face's advances. Not thread-safe (the parsed font and the tokenizer).
 */
final class TitleLines {
    /** The type area (156 mm) in ems of the 22 pt title: 20.1, less a margin for rounding. */
    static final double LINE_EMS = 20.0;

    private static final String OPENING = "《〈（(「『“‘【〔［";
    private static final String CLOSING = "》〉）)」』”’】〕］，。、；：！？,.;:!?";

    private final TextWidths widths;
    private final Tokenizer tokenizer = new HMMChineseTokenizer();
    private final OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);

    /** @param widths the title face's widths (bold) */
    TitleLines(TextWidths widths) {
        this.widths = widths;
    }

    /** The lines of {@code title}, in order; one line when it fits or cannot be broken. */
    List<String> lines(String title) {
        double[] advances = widths.of(title);
        List<Integer> words = breaks(title, wordStarts(title));
        List<String> lines = balance(title, advances, words);
        if (lines == null) {
            List<Integer> anywhere = new ArrayList<>();
            for (int i = 1; i < title.length(); i++) {
                anywhere.add(i);
            }
            lines = balance(title, advances, breaks(title, anywhere));
        }
        return lines == null ? List.of(title) : lines;
    }

    /** Where a word of the segmenter starts or ends, inside the title. */
    private List<Integer> wordStarts(String title) {
        TreeSet<Integer> starts = new TreeSet<>();
        try {
            tokenizer.setReader(new StringReader(title));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                starts.add(offsets.startOffset());
                starts.add(offsets.endOffset());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // A StringReader does not fail to close.
            }
        }
        return new ArrayList<>(starts.subSet(1, title.length()));
    }

    /** The candidates that the punctuation and 《》 rules allow. */
    private static List<Integer> breaks(String title, List<Integer> candidates) {
        int[] depth = new int[title.length() + 1];
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            depth[i + 1] = depth[i] + (c == '《' ? 1 : c == '》' ? -1 : 0);
        }
        List<Integer> allowed = new ArrayList<>();
        for (int at : candidates) {
            char before = title.charAt(at - 1);
            char after = title.charAt(at);
            if (depth[at] <= 0
                    && OPENING.indexOf(before) < 0
                    && CLOSING.indexOf(after) < 0
                    && !Character.isDigit(before)
                    && !Character.isLowSurrogate(after)
                    && !Character.isWhitespace(after)) {
                allowed.add(at);
            }
        }
        return allowed;
    }

    /**
     * The fewest lines that fit, the longest of them as short as possible; null when some stretch
     * between two allowed breaks is wider than a line.
     */
    private static List<String> balance(String title, double[] widths, List<Integer> breaks) {
        List<Integer> points = new ArrayList<>();
        points.add(0);
        points.addAll(breaks);
        points.add(title.length());
        int n = points.size();
        double[] prefix = new double[title.length() + 1];
        for (int i = 0; i < title.length(); i++) {
            prefix[i + 1] = prefix[i] + widths[i];
        }
        // best[k][j]: the widest line when the first k lines end at points[j]; from[k][j]: the break before.
        for (int lines = 1; lines < n; lines++) {
            double[][] best = new double[lines + 1][n];
            int[][] from = new int[lines + 1][n];
            for (double[] row : best) {
                java.util.Arrays.fill(row, Double.MAX_VALUE);
            }
            best[0][0] = 0;
            for (int k = 1; k <= lines; k++) {
                for (int j = 1; j < n; j++) {
                    for (int i = 0; i < j; i++) {
                        double width = prefix[points.get(j)] - prefix[points.get(i)];
                        if (best[k - 1][i] == Double.MAX_VALUE || width > LINE_EMS) {
                            continue;
                        }
                        double widest = Math.max(best[k - 1][i], width);
                        // On a tie the later break wins: the upper lines are the longer (梯形).
                        if (widest < best[k][j] - 1e-9 || Math.abs(widest - best[k][j]) <= 1e-9 && i > from[k][j]) {
                            best[k][j] = widest;
                            from[k][j] = i;
                        }
                    }
                }
            }
            if (best[lines][n - 1] != Double.MAX_VALUE) {
                List<String> result = new ArrayList<>();
                int j = n - 1;
                for (int k = lines; k > 0; k--) {
                    int i = from[k][j];
                    result.add(0, title.substring(points.get(i), points.get(j)));
                    j = i;
                }
                return List.copyOf(result);
            }
        }
        return null;
    }
}
