package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.opengazette.search.analysis.BigramAnalyzer;
import org.opengazette.search.analysis.DocNumberKey;
import org.opengazette.search.query.QueryText;

/** The analysis shared by documents, queries and the browser: tokens, positions, quotes, 发文字号 keys. */
class AnalysisTest {

    /** Tokens as "term@position" through the Lucene analyzer (positions accumulated from increments). */
    private static List<String> indexed(String text, boolean unigrams) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (BigramAnalyzer analyzer = new BigramAnalyzer(unigrams ? java.util.Set.of("body") : java.util.Set.of());
                TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                assertEquals(position, offset.startOffset(), "a position is the token's start offset");
                tokens.add(term + "@" + position);
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void hanRunsBecomeOverlappingBigramsAndLoneCharactersStay() throws IOException {
        assertEquals(List.of("政务@0", "务公@1", "公开@2"), indexed("政务公开", false));
        assertEquals(List.of("省@0", "人民@2", "民政@3", "政府@4"), indexed("省，人民政府", false));
    }

    @Test
    void wordsAreLowerCasedAndFullWidthFormsFolded() throws IOException {
        assertEquals(List.of("云政@0", "政办@1", "办发@2", "2020@5", "33@10", "号@12"), indexed("云政办发〔２０２０〕33号", false));
        assertEquals(List.of("gb@0", "t@3", "9704@5"), indexed("ＧＢ/T 9704", false));
    }

    @Test
    void unigramsStackUnderBigramsAndCountOncePerCharacter() throws IOException {
        assertEquals(List.of("政@0", "政务@0", "务@1", "务公@1", "公@2", "公开@2", "开@3"), indexed("政务公开", true));
    }

    @Test
    void overlongWordsAndSeparatorsAreSkipped() throws IOException {
        assertEquals(List.of("法@66"), indexed("a".repeat(65) + " 法", false));
        assertTrue(indexed("，。、《》——  ", false).isEmpty());
    }

    @Test
    void supplementaryCharactersAreHanToo() throws IOException {
        assertEquals(List.of("𠀀中@0", "中文@2"), indexed("𠀀中文", false));
    }

    @Test
    void looseTextGivesDistinctTermsAndWordsOfSeveralTokens() {
        QueryText text = QueryText.parse("上海市 侵权 上海市");
        assertEquals(List.of("上海", "海市", "侵权"), text.terms());
        assertEquals(List.of(new QueryText.Phrase(List.of("上海", "海市"), List.of(0, 1))), text.chunks());
        assertTrue(text.phrases().isEmpty());
    }

    @Test
    void quotedTextIsAPhraseWithRelativePositions() {
        QueryText text = QueryText.parse("条例 “人民，政府” 「法」 \"unclosed 文");
        assertEquals(
                List.of(
                        new QueryText.Phrase(List.of("人民", "政府"), List.of(0, 3)),
                        new QueryText.Phrase(List.of("unclosed", "文"), List.of(0, 9))),
                text.phrases());
        assertEquals(List.of("法", "条例"), text.terms(), "a one-token quote is a term");
    }

    @Test
    void anUpperCaseOrBetweenSpacesSeparatesAlternatives() {
        QueryText text = QueryText.parse("物业服务 OR “专项维修资金” -废止 OR");
        assertEquals(
                List.of(
                        new QueryText.Alternative(List.of("物业", "业服", "服务"), List.of()),
                        new QueryText.Alternative(
                                List.of(),
                                List.of(new QueryText.Phrase(
                                        List.of("专项", "项维", "维修", "修资", "资金"), List.of(0, 1, 2, 3, 4))))),
                text.alternatives());
        assertEquals(List.of("物业", "业服", "服务"), text.terms());
        assertEquals(1, text.excluded().size(), "an exclusion holds for every alternative");
        assertEquals(
                List.of(new QueryText.Alternative(List.of("a", "or", "b"), List.of())),
                QueryText.parse("a or b").alternatives(),
                "lower-case or is a word");
        assertEquals(
                List.of(new QueryText.Alternative(
                        List.of(), List.of(new QueryText.Phrase(List.of("a", "or", "b"), List.of(0, 2, 5))))),
                QueryText.parse("\"a OR b\"").alternatives(),
                "OR inside quotes is a word of the phrase");
        assertEquals(1, QueryText.parse("ORDER 条例").alternatives().size(), "OR must stand alone");
    }

    @Test
    void emptyOrPunctuationOnlyTextSearchesNothing() {
        assertTrue(QueryText.parse("").isEmpty());
        assertTrue(QueryText.parse(" 《》、 ").isEmpty());
    }

    @Test
    void docNumberKeysIgnoreBracketStylesSpacesAndQuotes() {
        String key = DocNumberKey.of("云政办发〔2020〕33号");
        assertEquals(key, DocNumberKey.of("云政办发[2020]33号"));
        assertEquals(key, DocNumberKey.of(" 云政办发（2020） 33号"));
        assertEquals(key, DocNumberKey.of("“云政办发【２０２０】33号”"));
        assertEquals("国务院令第100号", DocNumberKey.of("国务院令第100号"));
    }
}
