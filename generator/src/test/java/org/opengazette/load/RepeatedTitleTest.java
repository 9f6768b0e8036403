package org.opengazette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A body that repeats its title as its first paragraph, as five texts of the corpus-based demo did. */
class RepeatedTitleTest {
    private static final String TITLE = "最高人民法院关于适用《中华人民共和国公司法》时间效力的若干规定";

    /** judicial_interpretation-622f503c: the title broken by spaces, then the preamble. */
    @Test
    void theTitleParagraphIsEmptiedAndTheOtherLinesKeepTheirNumbers() {
        String body = "\n最高人民法院 关于适用《中华人民共和国公司法》 时间效力的若干规定\n\n"
                + "为正确适用2023年12月29日第十四届全国人民代表大会常务委员会第七次会议第二次修订的《中华人民共和国公司法》，……作出如下规定。\n\n"
                + "**第一条** 公司法施行后的法律事实引起的民事纠纷案件，适用公司法的规定。\n";
        RepeatedTitle repeated = RepeatedTitle.find(TITLE, body).orElseThrow();
        assertEquals(1, repeated.line());
        assertEquals(1, repeated.lines());
        String kept = repeated.removedFrom(body);
        assertFalse(kept.contains("时间效力的若干规定"), kept);
        assertEquals(body.lines().count(), kept.lines().count());
        assertEquals(
                "**第一条** 公司法施行后的法律事实引起的民事纠纷案件，适用公司法的规定。", kept.lines().toList().get(5));
    }

    @Test
    void aHeadingOrBoldTitleOnTwoLinesCountsToo() {
        assertTrue(
                RepeatedTitle.find("中华人民共和国立法法", "# 中华人民共和国立法法\n\n## 第一章 总则\n").isPresent());
        RepeatedTitle twoLines = RepeatedTitle.find(
                        "北京市各级人民代表大会常务委员会规范性文件备案审查条例", "**北京市各级人民代表大会常务委员会**\n**规范性文件备案审查条例**\n\n## 第一章 总则\n")
                .orElseThrow();
        assertEquals(0, twoLines.line());
        assertEquals(2, twoLines.lines());
    }

    @Test
    void aFirstParagraphThatOnlyNamesTheTitleIsKept() {
        assertTrue(RepeatedTitle.find("中华人民共和国立法法", "**第一条** 为了规范立法活动，健全国家立法制度，……根据宪法，制定本法。\n")
                .isEmpty());
        assertTrue(RepeatedTitle.find(TITLE, "《" + TITLE + "》已于2024年6月27日公布，现予施行。\n")
                .isEmpty());
        assertTrue(RepeatedTitle.find(TITLE, "\n\n").isEmpty());
    }
}
