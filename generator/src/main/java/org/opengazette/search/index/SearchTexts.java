package org.opengazette.search.index;

/**
 * The text of each {@link SearchRecord}'s body field, made when the index or the export needs it:
 * a build's records hold only their metadata, and each text is read from the rendered body.
 */
@FunctionalInterface
public interface SearchTexts {
    /** The text of {@code record}'s body field; its length is the record's {@code textLength}. */
    String of(SearchRecord record);
}
