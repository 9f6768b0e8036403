package org.opengazette.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opengazette.model.structure.ArticleNumber;

/**
 * Finds references to articles: those right after a title in 《》 ({@code 《中华人民共和国立法法》第十条},
 * {@code 第十条第二款}, {@code 第十条至第十二条}, {@code 第十条、第十二条}), and those of a document to
 * its own articles ({@code 本法第十一条}, {@code 本条例第三条第二款}). In a range both ends are
 * references.
 */
public final class ArticleReferences {
    private static final String N = ArticleNumber.NUMERAL;
    /** One reference: 第N条, 之N, 第N款, 第N项. */
    private static final Pattern ONE = Pattern.compile("第(" + N + ")条(?:之(" + N + "))?(第" + N + "款)?(?:第" + N + "项)?");
    /** What joins references of a list or range. */
    private static final Pattern JOIN = Pattern.compile("(?:、|和|及|以及|或者|或|至|到|—|－|-)");
    /** How a document names itself before citing its own article: 本法, 本条例, 本规定 …. */
    private static final Pattern OWN = Pattern.compile("本(?:法|条例|规定|办法|细则|实施细则|决定|解释|规则|准则|章程|通知)(?=第)");

    private ArticleReferences() {}

    /** The references starting exactly at {@code from} (right after a title), in order. */
    public static List<ArticleReference> at(String text, int from) {
        List<ArticleReference> found = new ArrayList<>();
        int position = from;
        while (true) {
            Matcher one = ONE.matcher(text).region(position, text.length());
            if (!one.lookingAt()) {
                return found;
            }
            String article = "第" + one.group(1) + "条" + (one.group(2) == null ? "" : "之" + one.group(2));
            found.add(new ArticleReference(article, one.group(3), one.start(), one.end()));
            Matcher join = JOIN.matcher(text).region(one.end(), text.length());
            if (!join.lookingAt()) {
                return found;
            }
            position = join.end();
        }
    }

    /** A document's references to its own articles ({@code 本法第十条}): each with what follows it. */
    public static List<ArticleReference> own(String text) {
        List<ArticleReference> found = new ArrayList<>();
        Matcher own = OWN.matcher(text);
        while (own.find()) {
            found.addAll(at(text, own.end()));
        }
        return found;
    }
}
