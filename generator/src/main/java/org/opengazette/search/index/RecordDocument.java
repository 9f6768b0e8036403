package org.opengazette.search.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.opengazette.model.Validity;
import org.opengazette.search.analysis.DocNumberKey;

/**
 * A {@link SearchRecord} as a Lucene document: the fields that are searched, filtered, counted or
 * sorted, indexed as {@link SearchFields} describes, and what a hit shows, stored.
 */
public final class RecordDocument {
    private RecordDocument() {}

    /** The version key of a record in the index: the document id and the version, unique. */
    static String key(String id, String version) {
        return id + '\u0000' + version;
    }

    /**
     * The sort key that makes the ordinal order: document id, then the version's date (an undated
     * version first, as {@code Document#versions} orders them). {@code \0} sorts before every
     * character of an id, so a document's versions come before those of a longer id.
     */
    static String order(String id, String version) {
        return id + '\u0000' + (version.equals("undated") ? "" : version);
    }

    /** The Lucene document of {@code record}, whose body field holds {@code text}. */
    static Document document(SearchRecord record, String text) {
        Document document = new Document();
        document.add(new StringField(SearchFields.KEY, key(record.id(), record.version()), Field.Store.NO));
        document.add(new SortedDocValuesField(SearchFields.ORDER, new BytesRef(order(record.id(), record.version()))));
        document.add(new StringField(SearchFields.ID, record.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(SearchFields.ID, new BytesRef(record.id())));
        document.add(new StoredField(SearchFields.VERSION, record.version()));
        document.add(new StoredField(SearchFields.URL, record.url()));
        document.add(new StoredField(SearchFields.SOURCE, record.sourcePath()));

        document.add(new TextField(SearchFields.TITLE, record.title(), Field.Store.YES));
        if (record.docNumber() != null) {
            document.add(new TextField(SearchFields.NUMBER, record.docNumber(), Field.Store.YES));
            document.add(new StringField(SearchFields.NUMBER_KEY, DocNumberKey.of(record.docNumber()), Field.Store.NO));
        }
        for (String issuer : record.issuers()) {
            document.add(new TextField(SearchFields.ISSUER, issuer, Field.Store.NO));
            document.add(new StringField(SearchFields.ISSUER_KEY, issuer, Field.Store.YES));
            document.add(new SortedSetDocValuesField(SearchFields.ISSUER_KEY, new BytesRef(issuer)));
        }
        for (String topic : record.topics()) {
            document.add(new TextField(SearchFields.TOPIC, topic, Field.Store.NO));
        }
        document.add(new TextField(SearchFields.BODY, text, Field.Store.NO));

        document.add(new StringField(SearchFields.CURRENT, record.current() ? "1" : "0", Field.Store.NO));
        document.add(new NumericDocValuesField(SearchFields.CURRENT, record.current() ? 1 : 0));
        keyword(document, SearchFields.STATUS, record.status());
        keyword(document, SearchFields.KIND, record.kind());
        if (record.date() != null) {
            keyword(document, SearchFields.YEAR, String.valueOf(record.year()));
            document.add(
                    new NumericDocValuesField(SearchFields.DATE, record.date().toEpochDay()));
        }
        for (Validity interval : record.inForce()) {
            long from =
                    interval.from() == null ? Long.MIN_VALUE : interval.from().toEpochDay();
            long until =
                    interval.until() == null ? Long.MAX_VALUE : interval.until().toEpochDay();
            document.add(new LongRange(SearchFields.IN_FORCE, new long[] {from}, new long[] {until}));
        }
        return document;
    }

    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
