package org.opengazette.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * A segment's reader with one more text field, inverted outside Lucene ({@link InvertedField}):
 * given to {@code IndexWriter.addIndexes}, the writer stores it exactly as if the field had been
 * added to every document ({@code TextField}: freqs and positions, norms, no term vectors).
 */
final class WithInvertedField extends FilterLeafReader {
    private final InvertedField field;
    private final FieldInfos fieldInfos;

    WithInvertedField(LeafReader in, InvertedField field) {
        super(in);
        if (in.maxDoc() != field.maxDoc()) {
            throw new IllegalArgumentException(
                    "the field covers " + field.maxDoc() + " documents, the segment " + in.maxDoc());
        }
        if (in.getFieldInfos().fieldInfo(field.name()) != null) {
            throw new IllegalArgumentException("the segment already has a field " + field.name());
        }
        this.field = field;
        List<FieldInfo> infos = new ArrayList<>();
        int number = 0;
        for (FieldInfo info : in.getFieldInfos()) {
            infos.add(info);
            number = Math.max(number, info.number + 1);
        }
        infos.add(new FieldInfo(
                field.name(),
                number,
                false,
                false,
                false,
                IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
                DocValuesType.NONE,
                -1,
                new HashMap<>(),
                0,
                0,
                0,
                0,
                VectorEncoding.FLOAT32,
                VectorSimilarityFunction.EUCLIDEAN,
                false,
                false));
        this.fieldInfos = new FieldInfos(infos.toArray(FieldInfo[]::new));
    }

    @Override
    public FieldInfos getFieldInfos() {
        return fieldInfos;
    }

    @Override
    public Terms terms(String name) throws IOException {
        return name.equals(field.name()) ? field.terms() : super.terms(name);
    }

    @Override
    public NumericDocValues getNormValues(String name) throws IOException {
        return name.equals(field.name()) ? field.normValues() : super.getNormValues(name);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }
}
