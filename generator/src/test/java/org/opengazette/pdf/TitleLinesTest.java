package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Title lines of real titles: between words, never inside a 《》 name, as even as the words allow. */
class TitleLinesTest {
    private final TitleLines titles = new TitleLines(new TextWidths(PdfFonts.shared(), FontFace.BOLD));

    @Test
    void aTitleThatFitsStaysOneLine() {
        assertEquals(List.of("麻醉药品和精神药品管理条例"), titles.lines("麻醉药品和精神药品管理条例"));
    }

    /** The title the issue named: it broke as "2020年云南/省". */
    @Test
    void placeNamesAndYearsStayWhole() {
        List<String> lines = titles.lines("云南省人民政府办公厅关于印发2020年云南省政务公开工作要点的通知");
        assertEquals(List.of("云南省人民政府办公厅关于印发2020年", "云南省政务公开工作要点的通知"), lines);
    }

    @Test
    void linesAreBalancedAndBreakBetweenWords() {
        List<String> lines = titles.lines("关于职工全年月平均工作时间和工资折算问题的通知");
        assertEquals(List.of("关于职工全年月平均工作", "时间和工资折算问题的通知"), lines);
    }

    @Test
    void aBookTitleIsNeverBroken() {
        String title = "最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（二）";
        List<String> lines = titles.lines(title);
        assertEquals(title, String.join("", lines));
        // Two lines would need a break inside the name, or a line of 22 characters: three it is.
        assertEquals(List.of("最高人民法院、最高人民检察院", "关于执行《中华人民共和国刑法》", "确定罪名的补充规定（二）"), lines);
        for (String line : lines) {
            assertEquals(count(line, '《'), count(line, '》'), "a 《》 name is whole on its line: " + lines);
            assertTrue(!line.startsWith("）") && !line.endsWith("（"), lines.toString());
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
