package org.opengazette.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 全国年节及纪念日放假办法, 2013 and 2024 versions (from the demo content, copied from the corpus). */
class VersionComparisonTest {
    private static final Path FOLDER = Path.of(
            System.getProperty("gazette.repo", ".."),
            "content/documents/administrative_regulation/administrative_regulation-c92b2fd9");

    @Test
    void holidayRegulation2013To2024() throws IOException {
        List<ComparedProvision> rows = VersionComparison.compare(
                ProvisionSplitter.split(body("2013-12-11.md")), ProvisionSplitter.split(body("2024-11-10.md")));
        String summary = rows.stream()
                .map(r -> r.change() + ":" + r.oldLabel() + "→" + r.newLabel())
                .collect(Collectors.joining(" "));
        // 第二条 (春节 3 → 4 days, 劳动节 1 → 2 days) changed; 第七条 (调休) is new; 第七条 → 第八条 renumbered.
        ComparedProvision second = row(rows, "第二条");
        assertEquals(ComparedProvision.Change.CHANGED, second.change(), summary);
        assertTrue(
                second.segments().stream()
                        .anyMatch(s ->
                                s.type() == Segment.Type.DELETED && s.text().contains("3")),
                second.segments().toString());
        assertTrue(
                second.segments().stream()
                        .anyMatch(s ->
                                s.type() == Segment.Type.INSERTED && s.text().contains("4")),
                second.segments().toString());
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.change() == ComparedProvision.Change.ADDED
                                && r.newLabel().equals("第七条")),
                summary);
        ComparedProvision last = rows.get(rows.size() - 1);
        assertEquals("第八条", last.newLabel(), summary);
        assertTrue(last.renumbered() || last.change() == ComparedProvision.Change.CHANGED, summary);
        assertEquals(ComparedProvision.Change.UNCHANGED, row(rows, "第四条").change(), summary);
    }

    @Test
    void inlineDiffIsCharacterLevelAndLossless() {
        String older = "（二）春节，放假3天（农历除夕、正月初一、初二）；";
        String newer = "（二）春节，放假4天（农历除夕、正月初一至初三）；";
        List<Segment> segments = VersionComparison.inline(older, newer);
        assertEquals(older, rebuild(segments, Segment.Type.INSERTED));
        assertEquals(newer, rebuild(segments, Segment.Type.DELETED));
        assertEquals(new Segment(Segment.Type.EQUAL, "（二）春节，放假"), segments.get(0));
        assertEquals(new Segment(Segment.Type.DELETED, "3"), segments.get(1));
        assertEquals(new Segment(Segment.Type.INSERTED, "4"), segments.get(2));
    }

    @Test
    void articlesKeepTheirItemsAndHeadingsStandAlone() {
        List<Provision> provisions = ProvisionSplitter.split("""
                ## 第一章 总则

                **第一条** 为了规范政务公开，制定本办法。

                **第二条** 下列信息应当主动公开：

                （一）机构职能；

                （二）规范性文件。
                """);
        assertEquals(3, provisions.size());
        assertEquals(Provision.Kind.HEADING, provisions.get(0).kind());
        assertEquals("第二条", provisions.get(2).label());
        assertEquals("下列信息应当主动公开：\n（一）机构职能；\n（二）规范性文件。", provisions.get(2).body());
    }

    @Test
    void halfAndFullWidthPunctuationAreTheSameText() {
        List<Segment> segments = VersionComparison.inline("(一)元旦,放假1天;", "（一）元旦，放假1天；");
        assertEquals(List.of(new Segment(Segment.Type.EQUAL, "（一）元旦，放假1天；")), segments);
        List<Segment> changed = VersionComparison.inline("(一)新年,放假1天", "（一）元旦，放假1天");
        assertEquals(new Segment(Segment.Type.DELETED, "新年"), changed.get(1));
        assertEquals(new Segment(Segment.Type.INSERTED, "元旦"), changed.get(2));
        assertEquals("（一）元旦，放假1天", rebuild(changed, Segment.Type.DELETED));
    }

    /** The text without the runs of one type: without insertions → older, without deletions → newer. */
    private static String rebuild(List<Segment> segments, Segment.Type leftOut) {
        return segments.stream()
                .filter(s -> s.type() != leftOut)
                .map(Segment::text)
                .collect(Collectors.joining());
    }

    private static ComparedProvision row(List<ComparedProvision> rows, String newLabel) {
        return rows.stream()
                .filter(r -> r.newLabel().equals(newLabel))
                .findFirst()
                .orElseThrow();
    }

    private static String body(String file) throws IOException {
        String text = Files.readString(FOLDER.resolve(file));
        return text.substring(text.indexOf("\n---", 4) + 4);
    }
}
