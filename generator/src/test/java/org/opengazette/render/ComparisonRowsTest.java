package org.opengazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.diff.ComparedProvision.Change;
import org.opengazette.diff.Provision.Kind;
import org.opengazette.diff.Segment;

/** The ids of a comparison's rows and the links from each change to the next and the previous. */
class ComparisonRowsTest {

    @Test
    void articlesAreAnchoredByLabelAndChangesLinkToEachOther() {
        List<ComparisonRow> rows = ComparisonPage.rows(List.of(
                row(Kind.HEADING, Change.UNCHANGED, "第一章 总则", "第一章 总则", false),
                row(Kind.ARTICLE, Change.UNCHANGED, "第一条", "第一条", false),
                row(Kind.ARTICLE, Change.REMOVED, "第三条", "", false),
                row(Kind.ARTICLE, Change.ADDED, "", "第三条", false),
                row(Kind.ARTICLE, Change.FORMATTED, "第四条", "第四条", false),
                row(Kind.ARTICLE, Change.UNCHANGED, "第九条", "第五条", true),
                row(Kind.ARTICLE, Change.REMOVED, "第十条", "", false),
                row(Kind.ARTICLE, Change.CHANGED, "第一条", "第一条", false)));
        assertEquals(
                List.of("row-1", "第一条", "原第三条", "第三条", "第四条", "第五条", "第十条", "row-8"),
                rows.stream().map(ComparisonRow::id).toList());
        assertEquals(
                List.of(0, 0, 1, 2, 0, 3, 4, 5),
                rows.stream().map(ComparisonRow::change).toList());
        assertEquals(new ComparisonRow(rows.get(2).provision(), "原第三条", 1, "", "第三条"), rows.get(2));
        assertEquals(new ComparisonRow(rows.get(5).provision(), "第五条", 3, "第三条", "第十条"), rows.get(5));
        assertEquals(new ComparisonRow(rows.get(7).provision(), "row-8", 5, "第十条", ""), rows.get(7));
    }

    private static ComparedProvision row(Kind kind, Change change, String oldLabel, String newLabel, boolean moved) {
        return new ComparedProvision(
                kind, change, oldLabel, newLabel, moved, List.of(new Segment(Segment.Type.EQUAL, newLabel)));
    }
}
