package org.opengazette.search;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analysis of every text field of the search index: {@link BigramTokenizer}, nothing else
 * (normalization is part of the tokenizer). Chosen by measurement on the corpus's known-item
 * queries against SmartChinese and Lucene's CJK analyzers (README, "Search"), and because the
 * browser can reproduce it exactly in a few dozen lines.
 */
public final class BigramAnalyzer extends Analyzer {
    private final boolean unigrams;

    /** @param unigrams index single Han characters as well as bigrams */
    public BigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    public boolean unigrams() {
        return unigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new BigramTokenizer(unigrams));
    }
}
