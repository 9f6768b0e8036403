package org.opengazette.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences from real documents (the 2020 Yunnan key points, corpus regulations). */
class CitationFinderTest {
    @Test
    void findsTitleAndNumberOfTheSameReference() {
        String text = "各基层政府要按照《云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见》" + "（云政办发〔2020〕33号）有关要求，结合本级政府权责清单";
        List<Citation> found = CitationFinder.find(text);
        assertEquals(2, found.size());
        assertEquals(Citation.Kind.TITLE, found.get(0).kind());
        assertEquals("云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见", found.get(0).text());
        assertEquals(Citation.Kind.DOC_NUMBER, found.get(1).kind());
        assertEquals("云政办发〔2020〕33号", found.get(1).text());
        assertEquals("《", text.substring(found.get(0).start(), found.get(0).start() + 1));
        assertEquals("号", text.substring(found.get(1).end() - 1, found.get(1).end()));
    }

    @Test
    void findsLookAlikeBracketsAndOrders() {
        List<Citation> found = CitationFinder.find("根据劳社部发[2000]8号和国务院令第644号的规定，" + "依照国办公开办函(2019)61号执行。");
        assertEquals(
                List.of("根据劳社部发[2000]8号", "和国务院令第644号", "依照国办公开办函(2019)61号"),
                found.stream().map(Citation::text).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "于2020年10月底前编制完成本级政府26个试点领域政务公开事项标准目录",
                "本规定自〔2020〕年起施行",
                "（一）元旦，放假1天（1月1日）；",
                "第七条 本办法自公布之日起施行（2013年12月11日）。",
                "法释〔2023〕所列事项",
                "全省政府公报2020年第17期（总第617期）",
                "依照第三十二条第二款（2019）规定",
            })
    void bracketsThatAreNotDocumentNumbersAreLeftAlone(String text) {
        assertEquals(List.of(), CitationFinder.find(text));
    }

    @Test
    void nestedAndUnclosedTitleMarksDoNotProduceFalseTitles() {
        assertEquals(
                List.of("中华人民共和国立法法"),
                CitationFinder.find("依据《中华人民共和国立法法》和《宪法").stream()
                        .map(Citation::text)
                        .toList());
    }
}
