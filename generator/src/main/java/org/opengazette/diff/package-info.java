/**
 * Comparing two versions of a document: the bodies are split into provisions (条, headings,
 * paragraphs) by {@link org.opengazette.diff.ProvisionSplitter}, aligned provision by provision,
 * and each changed provision is compared character by character (Chinese has no spaces to split
 * words on) by {@link org.opengazette.diff.VersionComparison}, with java-diff-utils doing the
 * diffing. Texts are matched on their {@link org.opengazette.diff.NormalizedText normalized} form,
 * so whitespace and punctuation width are formatting, not change; retained articles that moved
 * are paired across the text by {@code MovedArticles}.
 */
package org.opengazette.diff;
