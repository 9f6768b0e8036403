package org.opengazette.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analysis of every text field of the search index: {@link BigramTokenizer}, nothing else
 * (normalization is part of the tokenizer). Fields named in {@code unigramFields} also get single
 * Han characters, so that a one-character query finds them; for the site that is the title only,
 * which costs little. Chosen by measurement on the corpus's known-item queries against
 * SmartChinese and Lucene's CJK analyzers (README, "Search"), and because the browser can
 * reproduce it exactly in a few dozen lines.
 */
public final class BigramAnalyzer extends Analyzer {
    private final Set<String> unigramFields;

    /** @param unigramFields the fields that also index single Han characters */
    public BigramAnalyzer(Set<String> unigramFields) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.unigramFields = Set.copyOf(unigramFields);
    }

    public Set<String> unigramFields() {
        return unigramFields;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new BigramTokenizer(unigramFields.contains(fieldName)));
    }
}
