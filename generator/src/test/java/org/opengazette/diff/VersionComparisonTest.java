package org.opengazette.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        assertEquals(ComparedProvision.Change.UNCHANGED, last.change(), summary);
        assertTrue(last.renumbered() && !last.moved() && !last.isChange(), "renumbered in place: " + last);
        assertEquals(ComparedProvision.Change.UNCHANGED, row(rows, "第四条").change(), summary);
        // 第三条 differs only in (一) against （一）: formatting, not one of the 修改.
        assertEquals(ComparedProvision.Change.FORMATTED, row(rows, "第三条").change(), summary);
        assertEquals(
                2,
                rows.stream()
                        .filter(r -> r.change() == ComparedProvision.Change.CHANGED)
                        .count(),
                summary);
    }

    @Test
    void inlineDiffIsCharacterLevelAndLossless() {
        String older = "（二）春节，放假3天（农历除夕、正月初一、初二）；";
        String newer = "（二）春节，放假4天（农历除夕、正月初一至初三）；";
        List<Segment> segments = InlineDiff.segments(older, newer);
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
        List<Segment> segments = InlineDiff.segments("(一)元旦,放假1天;", "（一）元旦，放假1天；");
        assertEquals(List.of(new Segment(Segment.Type.EQUAL, "（一）元旦，放假1天；")), segments);
        List<Segment> changed = InlineDiff.segments("(一)新年,放假1天", "（一）元旦，放假1天");
        assertEquals(new Segment(Segment.Type.DELETED, "新年"), changed.get(1));
        assertEquals(new Segment(Segment.Type.INSERTED, "元旦"), changed.get(2));
        assertEquals("（一）元旦，放假1天", rebuild(changed, Segment.Type.DELETED));
    }

    @Test
    void whitespaceOnlyIsFormattingAndNoChange() {
        List<ComparedProvision> rows = VersionComparison.compare(
                ProvisionSplitter.split("**第四条** 少数民族习惯的节日，由各少数民族聚居地区的地方人民政府，按照各该民族习惯，规定放假日期。"),
                ProvisionSplitter.split("**第四条**　少数民族习惯的节日， 由各少数民族聚居地区的地方人民政府，按照各该民族习惯，\u00a0规定放假日期。"));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(ComparedProvision.Change.FORMATTED, rows.get(0).change());
        assertFalse(rows.get(0).isChange());
        assertEquals(
                List.of(new Segment(Segment.Type.EQUAL, "第四条　少数民族习惯的节日， 由各少数民族聚居地区的地方人民政府，按照各该民族习惯，\u00a0规定放假日期。")),
                rows.get(0).segments());
    }

    @Test
    void punctuationWidthAndQuoteFormsOnlyAreFormatting() {
        List<ComparedProvision> rows =
                VersionComparison.compare(ProvisionSplitter.split("""
                        **第三条** 部分公民放假的节日及纪念日：

                        (一)妇女节(3月8日)，妇女放假半天；

                        **第三条** 立法应当坚持以马克思列宁主义、毛泽东思想、邓小平理论、"三个代表"重要思想为指导。
                        """), ProvisionSplitter.split("""
                        **第三条** 部分公民放假的节日及纪念日：

                        （一）妇女节（3月8日），妇女放假半天；

                        **第三条** 立法应当坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想为指导。
                        """));
        assertEquals(
                List.of(ComparedProvision.Change.FORMATTED, ComparedProvision.Change.FORMATTED),
                rows.stream().map(ComparedProvision::change).toList());
        assertEquals(NormalizedText.of("１０月１日—３日"), NormalizedText.of("10月1日-3日"));
        assertNotEquals(NormalizedText.of("第十条。"), NormalizedText.of("第十条."), "。 and . are not one mark");
    }

    /** 修改 counts words only: one real change among a whitespace-only and a width-only edit is one. */
    @Test
    void changedCountsOnlyRealChanges() {
        List<ComparedProvision> rows =
                VersionComparison.compare(ProvisionSplitter.split("""
                        **第一条** 为了防范、制止和惩治间谍行为，维护国家安全，根据宪法，制定本法。

                        **第二条** 反间谍工作坚持中央统一领导，坚持公开工作与秘密工作相结合、专门工作与群众路线相结合、积极防御、依法惩治的原则。

                        **第三条** 国家安全机关是反间谍工作的主管机关。
                        """), ProvisionSplitter.split("""
                        **第一条** 为了防范、制止和惩治间谍行为，维护国家安全，保护人民利益，根据宪法，制定本法。

                        **第二条** 反间谍工作坚持中央统一领导,坚持公开工作与秘密工作相结合、专门工作与群众路线相结合、积极防御、依法惩治的原则。

                        **第三条** 国家安全机关是反间谍工作的　主管机关。
                        """));
        assertEquals(
                List.of(
                        ComparedProvision.Change.CHANGED,
                        ComparedProvision.Change.FORMATTED,
                        ComparedProvision.Change.FORMATTED),
                rows.stream().map(ComparedProvision::change).toList());
        assertEquals(1, rows.stream().filter(ComparedProvision::isChange).count());
        assertEquals(
                new Segment(Segment.Type.INSERTED, "保护人民利益，"),
                rows.get(0).segments().get(1),
                rows.get(0).segments().toString());
    }

    /**
     * 反间谍法: the definition of 间谍行为 was 第三十八条 near the end in 2014 and is 第四条 near the
     * start in 2023, amended (0.68 alike). It is one moved article, not a removal and an addition.
     */
    @Test
    void anAmendedArticleThatMovedIsOneMovedRow() {
        List<Provision> older = ProvisionSplitter.split("""
                **第一条** 为了防范、制止和惩治间谍行为，维护国家安全，根据宪法，制定本法。

                **第二条** 反间谍工作坚持中央统一领导，坚持公开工作与秘密工作相结合、专门工作与群众路线相结合、积极防御、依法惩治的原则。

                **第三条** 本法所称间谍行为，是指下列行为：

                （一）间谍组织及其代理人实施或者指使、资助他人实施，或者境内外机构、组织、个人与其相勾结实施的危害中华人民共和国国家安全的活动；

                （二）参加间谍组织或者接受间谍组织及其代理人的任务的；

                （三）为敌人指示攻击目标的；

                （四）进行其他间谍活动的。
                """);
        List<Provision> newer = ProvisionSplitter.split("""
                **第一条** 为了防范、制止和惩治间谍行为，维护国家安全，根据宪法，制定本法。

                **第二条** 本法所称间谍行为，是指下列行为：

                （一）间谍组织及其代理人实施或者指使、资助他人实施，或者境内外机构、组织、个人与其相勾结实施的危害中华人民共和国国家安全的活动；

                （二）参加间谍组织或者接受间谍组织及其代理人的任务，或者投靠间谍组织及其代理人；

                （三）为敌人指示攻击目标；

                （四）进行其他间谍活动。

                **第三条** 反间谍工作坚持中央统一领导，坚持公开工作与秘密工作相结合、专门工作与群众路线相结合、积极防御、依法惩治的原则。
                """);
        List<ComparedProvision> rows = VersionComparison.compare(older, newer);
        String summary = rows.stream()
                .map(r -> r.change() + (r.moved() ? "/moved" : "") + ":" + r.oldLabel() + "→" + r.newLabel())
                .collect(Collectors.joining(" "));
        assertEquals("UNCHANGED:第一条→第一条 CHANGED/moved:第三条→第二条 UNCHANGED:第二条→第三条", summary);
        assertTrue(rows.get(1).isChange() && rows.get(1).renumbered());
        assertFalse(rows.get(2).isChange(), "the article it moved past is only renumbered");
        String withoutMoves = VersionComparison.compare(older, newer, 2).stream()
                .map(r -> r.change() + ":" + r.oldLabel() + "→" + r.newLabel())
                .collect(Collectors.joining(" "));
        assertEquals("UNCHANGED:第一条→第一条 ADDED:→第二条 UNCHANGED:第二条→第三条 REMOVED:第三条→", withoutMoves);
    }

    /** Unrelated articles that share boilerplate stay a removal and an addition. */
    @Test
    void unrelatedArticlesAreNotPairedAcrossTheText() {
        List<ComparedProvision> rows =
                VersionComparison.compare(ProvisionSplitter.split("""
                        **第一条** 为统一全国年节及纪念日的假期，制定本办法。

                        **第二条** 文职人员的人事档案，由军队有关部门按照规定进行管理。
                        """), ProvisionSplitter.split("""
                        **第一条** 文职人员退出军队的，由军队有关单位按照任用权限审批。

                        **第二条** 为统一全国年节及纪念日的假期，制定本办法。
                        """));
        assertEquals(
                List.of(
                        ComparedProvision.Change.ADDED,
                        ComparedProvision.Change.UNCHANGED,
                        ComparedProvision.Change.REMOVED),
                rows.stream().map(ComparedProvision::change).toList(),
                rows.toString());
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
