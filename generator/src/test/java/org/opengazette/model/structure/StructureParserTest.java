package org.opengazette.model.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StructureParserTest {
    private static final String LEGISLATION_LAW = "documents/law/law-5e4396d9/2023-03-13.md";

    @Test
    void readsTheChaptersSectionsArticlesClausesAndItemsOfTheLegislationLaw() {
        String body = CorpusFiles.demoBody(LEGISLATION_LAW);
        Structure structure = StructureParser.parse(body);

        long labelled = Pattern.compile("(?m)^\\*\\*第[^*]+条\\*\\*")
                .matcher(body)
                .results()
                .count();
        assertEquals(120, labelled);
        assertEquals(labelled, structure.articles().size());
        assertEquals("第一条", structure.articles().get(0).id());
        assertEquals("第一百二十条", structure.articles().get(119).id());
        assertEquals(
                List.of("第一章", "第二章", "第二章第一节", "第二章第二节"),
                structure.headings().stream().map(Heading::id).toList().subList(0, 4));
        assertEquals(Division.SECTION, structure.headings().get(2).division());
        assertEquals("第一节 立法权限", structure.headings().get(2).text());

        Article tenth = structure.article("第十条").orElseThrow();
        assertEquals(
                List.of("第十条第一款", "第十条第二款", "第十条第三款", "第十条第四款"),
                tenth.clauses().stream().map(Clause::id).toList());
        assertEquals("全国人民代表大会制定和修改刑事、民事、国家机构的和其他的基本法律。", tenth.clauses().get(1).text());

        Article eleventh = structure.article("第十一条").orElseThrow();
        assertEquals(1, eleventh.clauses().size());
        assertEquals(11, eleventh.clauses().get(0).items().size());
        assertEquals("（四）犯罪和刑罚；", eleventh.clauses().get(0).items().get(3));
    }

    @Test
    void nestsChaptersInPartsAndSectionsInChapters() {
        Structure structure = StructureParser.parse(CorpusFiles.corpusBody("law/law-a78cafe9/2023-09-01.md"));

        List<String> ids = structure.headings().stream().map(Heading::id).toList();
        assertEquals(List.of("第一编", "第一编第一章", "第一编第二章", "第一编第二章第一节"), ids.subList(0, 4));
        assertEquals("第一编 总 则", structure.headings().get(0).text());
        assertEquals(Division.PART, structure.headings().get(0).division());
        assertTrue(ids.contains("第二编第十二章第一节"), ids::toString);
        assertEquals(ids.size(), ids.stream().distinct().count(), "heading ids are unique");
        assertEquals(306, structure.articles().size());
    }

    @Test
    void anArticleStartsOnlyAtItsLabelFollowedBySpaceOrInBold() {
        Structure structure = StructureParser.parse("""
                **第一条**为了规范立法活动，健全国家立法制度，制定本法。

                第二条　法律、行政法规的制定、修改和废止，适用本法。

                第三条规定的事项，依照本法执行。
                """);

        assertEquals(
                List.of("第一条", "第二条"),
                structure.articles().stream().map(Article::id).toList());
        assertEquals(
                "第三条规定的事项，依照本法执行。", structure.articles().get(1).clauses().get(1).text());
    }

    @Test
    void aHeadingWithoutBlankLinesAroundItIsStillAHeading() {
        Structure structure = StructureParser.parse("""
                ## 第一章 总则
                **第一条** 为了规范立法活动，制定本法。
                ## 第二章 法律
                **第二条** 全国人民代表大会和全国人民代表大会常务委员会根据宪法规定行使国家立法权。
                """);

        assertEquals(4, structure.blocks().size());
        assertEquals("第二章", ((Heading) structure.blocks().get(2)).id());
    }

    @Test
    void twoArticlesWithOneLabelGetDistinctAnchors() {
        Structure structure = StructureParser.parse("""
                **第一条** 本规定自公布之日起施行。

                **第一条** 本规定自2024年1月1日起施行。
                """);

        assertEquals(
                List.of("第一条", "第一条-2"),
                structure.articles().stream().map(Article::id).toList());
        assertEquals("第一条", structure.articles().get(1).label());
        assertEquals("第一条-2第一款", structure.articles().get(1).clauses().get(0).id());
    }

    @Test
    void articleNumbersAreReadHoweverTheyAreWritten() {
        assertEquals("103", ArticleNumber.key("第一百零三条"));
        assertEquals("103", ArticleNumber.key("第一〇三条"));
        assertEquals("103", ArticleNumber.key("第103条"));
        assertEquals("110", ArticleNumber.key("第一百一十条"));
        assertEquals("20", ArticleNumber.key("第二十条"));
        assertEquals("10", ArticleNumber.key("第十条"));
        assertEquals("10-1", ArticleNumber.key("第十条之一"));
        assertEquals("1260", ArticleNumber.key("第一千二百六十条"));
        Structure arabic = StructureParser.parse("**第10条** 本办法自发布之日起施行。");
        assertEquals("第10条", arabic.article("第十条").orElseThrow().id());
    }

    @Test
    void clausesAreNumberedAsTheTextCitesThem() {
        assertEquals("十", StructureBuilder.clauseNumber(10));
        assertEquals("十一", StructureBuilder.clauseNumber(11));
        assertEquals("二十", StructureBuilder.clauseNumber(20));
        assertEquals("二十三", StructureBuilder.clauseNumber(23));
    }
}
