package org.opengazette.commencement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 施行条款 parser on sentences of the corpus ({@code /work/shared/corpus}, file named before each). */
class CommencementClausesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // administrative_regulation-11d33fec/2024-07-10
                "中华人民共和国保守国家秘密法实施条例 | **第七十四条** 本条例自2024年9月1日起施行。 | 2024-09-01",
                // administrative_regulation-2fdaefbb: Chinese digits
                "中华人民共和国民用航空器适航管理条例 | **第二十九条** 本条例自一九八七年六月一日起施行。 | 1987-06-01",
                // local_regulation-a0d62d70: full-width digits
                "河南省警务辅助人员条例 | **第三十九条** 本条例自２０２１年１月１日起施行。 | 2021-01-01",
                // local_regulation-4883510a: full-width and ASCII digits mixed
                "重庆市国家教育考试条例 | **第四十九条** 本条例自２０07年9月１日起施行。 | 2007-09-01",
                // administrative_regulation-4bdab3e5: an hour after the day, and another text named after it
                "中华人民共和国飞行基本规则 | 第一百二十四条 本规则自2001年8月1日零时起施行。国务院、中央军事委员会1977年4月21日颁发的《中华人民共和国飞行基本规则》同时废止。 | 2001-08-01",
                // local_regulation-f24fd29c: a space inside the date
                "重庆市河长制条例 | **第三十五条** 本条例自2021年1月 1日起施行。 | 2021-01-01",
                // a 解释 whose title ends with a qualifier (一)
                "最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一） | **第十四条** 本解释自2021年1月1日起施行。 | 2021-01-01",
                // law-938ca0f9: the text it repeals is named in the same sentence
                "中华人民共和国契税法 | **第十六条** 本法自2021年9月1日起施行。1997年7月7日国务院发布的《中华人民共和国契税暂行条例》同时废止。 | 2021-09-01",
            })
    void readsTheDayOfAnAbsoluteClause(String title, String body, LocalDate expected) {
        CommencementClause clause = CommencementClauses.find(title, body).orElseThrow();
        assertEquals(expected, clause.date());
        assertNull(clause.event());
        assertTrue(body.replace('２', '2').replace('０', '0').replace('１', '1').contains(clause.text()), clause.text());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // law-f22306f0
                "中华人民共和国集会游行示威法 | **第三十六条** 本法自公布之日起施行。 | 公布 | 0",
                // administrative_regulation-68c3015d
                "国务院关于鼓励外商投资的规定 | **第二十二条** 本规定自发布之日起施行。 | 发布 | 0",
                // administrative_regulation-3c1b065f
                "中华人民共和国计算机信息网络国际联网管理暂行规定实施办法 | **第二十五条** 本办法自颁布之日起施行。 | 颁布 | 0",
                // administrative_regulation-2ab057f7
                "合理化建议和技术改进奖励条例 | **第二十四条** 本条例自修订发布之日起施行。 | 修订发布 | 0",
                // local_regulation-54ba2984: from a day the metadata has no field for
                "上海市实施《中华人民共和国集会游行示威法》办法 | **第二十六条** 本办法自通过之日起施行。1987年9月23日上海市第八届人民代表大会常务委员会第三十一次会议通过的《上海市公民游行示威暂行条例》即行废止。 | 通过 | 0",
                // the delayed form of normative documents (none in the corpus)
                "某管理办法 | 本办法自印发之日起30日后施行。 | 印发 | 30",
                "某管理办法 | 本办法自公布之日起三十日后施行。 | 公布 | 30",
            })
    void readsTheEventOfARelativeClause(String title, String body, String event, int days) {
        CommencementClause clause = CommencementClauses.find(title, body).orElseThrow();
        assertNull(clause.date());
        assertEquals(event, clause.event());
        assertEquals(days, clause.daysAfter());
    }

    /** judicial_interpretation-c9ab8b50: a 决定 that prints the 解释 it amends; its own clause is its last line. */
    @Test
    void anAmendingDecisionsOwnClauseIsTheDecisions() {
        String body = """
                一、修改《最高人民法院关于审理劳动争议案件适用法律若干问题的解释》

                **第二十三条** 本解释自2001年4月30日起施行。

                本决定自2021年1月1日起施行。
                """;
        CommencementClause clause = CommencementClauses.find(
                        "最高人民法院关于修改《最高人民法院关于在民事审判工作中适用〈中华人民共和国工会法〉若干问题的解释》" + "等二十七件民事类司法解释的决定", body)
                .orElseThrow();
        assertEquals(LocalDate.of(2021, 1, 1), clause.date());
        assertEquals(5, clause.line());
    }

    /** judicial_interpretation-09566799: a 解释 whose clause says 本规定 is not read as its own. */
    @Test
    void aClauseAboutAnotherKindOfTextIsNotTheTextsOwn() {
        assertTrue(CommencementClauses.find("最高人民法院关于适用《中华人民共和国海事诉讼特别程序法》若干问题的解释", "**第九十八条** 本规定自2003年2月1日起实施。")
                .isEmpty());
        // local_regulation-2aa738a6: another text's repeal, dated by this one's commencement
        CommencementClause own = CommencementClauses.find(
                        "北京市实施《中华人民共和国集会游行示威法》办法",
                        "**第二十条** 本办法自公布之日起施行。1986年12月26日北京市第八届人民代表大会常务委员会第三十三次会议通过的"
                                + "《北京市关于游行示威的若干暂行规定》自本办法施行之日起即行废止。")
                .orElseThrow();
        assertEquals("公布", own.event());
    }

    /** Forms not read: a year only (administrative_regulation-ce96c43d), a letter l for 1 (local_regulation-8349c1a3). */
    @Test
    void formsWithoutADayAreNotRead() {
        assertTrue(CommencementClauses.find("中华人民共和国城市维护建设税暂行条例", "**第十条** 本条例自1985年度起施行。")
                .isEmpty());
        assertTrue(CommencementClauses.find("浙江省建设工程监理管理条例", "**第三十四条** 本条例自1999年10月l日起施行。")
                .isEmpty());
    }

    @Test
    void theLastOwnClauseCountsAndItsLineIsInTheBody() {
        String body = "\n**第一条** 为了……，制定本条例。\n\n**第五十条** 本条例自2024年1月1日起施行，其中第十条自2024年7月1日起施行。\n";
        CommencementClause clause = CommencementClauses.find("重庆市河长制条例", body).orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 1), clause.date());
        assertEquals(4, clause.line());
    }

    @Test
    void chineseNumbersAreRead() {
        assertEquals(30, CommencementClauses.number("三十"));
        assertEquals(11, CommencementClauses.number("十一"));
        assertEquals(10, CommencementClauses.number("十"));
        assertEquals(120, CommencementClauses.number("一百二十"));
        assertEquals(9, CommencementClauses.number("9"));
    }
}
