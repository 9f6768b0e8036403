package org.opengazette.search.index;

import java.util.List;

/**
 * The fields of the search index and their weights. Scored text fields are searched for every
 * query token; the others filter, facet, sort or are stored for the result list. The names are
 * part of the export format (see {@code search.export.StaticExport}).
 */
public final class SearchFields {
    /** 标题. */
    public static final String TITLE = "title";
    /** 发文字号, analysed. */
    public static final String NUMBER = "number";
    /** 发文机关, analysed. */
    public static final String ISSUER = "issuer";
    /** 主题分类, analysed. */
    public static final String TOPIC = "topic";
    /** The body and the custom fields. */
    public static final String BODY = "body";

    /** 发文字号 as one exact key ({@link org.opengazette.search.analysis.DocNumberKey}). */
    public static final String NUMBER_KEY = "number_key";
    /**
     * {@code 1} on the version shown at the document's permanent URL, else {@code 0} (a term to
     * score, doc values to choose the version a hit shows).
     */
    public static final String CURRENT = "current";
    /** The version key, document id and version: what a version is replaced or deleted by. */
    public static final String KEY = "key";
    /** The sort key of the ordinal order (doc values; see {@link SearchIndex}). */
    public static final String ORDER = "order";
    /** Status key: filter and facet. */
    public static final String STATUS = "status";
    /** Kind key: filter and facet. */
    public static final String KIND = "kind";
    /** Issuer name, one value per issuer: filter and facet. */
    public static final String ISSUER_KEY = "issuer_key";
    /** Year of the date, as text: filter and facet. */
    public static final String YEAR = "year";
    /** The date as an epoch day (doc values), for sorting by date. */
    public static final String DATE = "date";
    /** The days in force, as ranges of epoch days. */
    public static final String IN_FORCE = "in_force";

    /** The document id: stored, a term for looking a document up, doc values to group hits by. */
    public static final String ID = "id";

    /** Stored only: the values of the record that nothing searches. */
    public static final String VERSION = "version";

    public static final String URL = "url";
    public static final String SOURCE = "source_path";

    /**
     * A scored field and its boost.
     *
     * @param name  the field
     * @param boost the weight of a match in it
     */
    public record Scored(String name, float boost) {}

    /** The scored fields, in export order: title and 发文字号 matches weigh most. */
    public static final List<Scored> SCORED = List.of(
            new Scored(TITLE, 8f),
            new Scored(NUMBER, 8f),
            new Scored(ISSUER, 2f),
            new Scored(TOPIC, 2f),
            new Scored(BODY, 1f));

    /** Added to the score of the version shown at the document's permanent URL. */
    public static final float CURRENT_BOOST = 2f;

    /** Weight of a loose word found as a phrase in the title. */
    public static final float TITLE_PHRASE_BOOST = 8f;

    /** Weight of the proximity clause: a loose word's rarest tokens, in place, in the body. */
    public static final float PROXIMITY_BOOST = 8f;

    /**
     * How many of a loose word's tokens the proximity clause checks. Five, not three: a long phrase
     * typed without spaces (调解员应当记录协议的内容) then outranks a law that has only its first words
     * together (人民调解法: 调解员应当记录协…); phrases' MRR@10 0.962 → 0.973 on the corpus, the
     * other query sets unchanged, at the cost of two more tokens' positions per word.
     */
    public static final int PROXIMITY_TERMS = 5;

    /**
     * Tokens occurring more often than this in all bodies are left out of the proximity clause (the
     * browser reads their positions whole). 5,000, not 2,000: on the corpus phrases' MRR@10 0.973 →
     * 0.980 and concepts' 0.975 → 0.982, for 1.7 kB more per cold query (median 89.4 kB).
     */
    public static final long PROXIMITY_MAX_OCCURRENCES = 5000;

    /**
     * A query bigram that occurs in the bodies this many times less often than each overlapping
     * neighbour probably straddles two words (see {@code QueryBuilder.wordTerms}).
     */
    public static final long STRADDLE_RATIO = 2;

    /** At most this many matching versions of one document are listed under its hit. */
    public static final int VERSIONS_LISTED = 100;

    /** Added to the score of a version whose 发文字号 is exactly the query. */
    public static final float EXACT_NUMBER_BOOST = 1000f;

    private SearchFields() {}
}
