package org.opengazette.citation;

/**
 * A reference found in text.
 *
 * @param kind  by 发文字号 or by title
 * @param text  the words that refer (the number, or the title without 《》); for a number, the
 *              longest candidate as written — the resolver tries shorter prefixes, since the
 *              characters before an issuer code ("根据云政办发…") are not part of the number
 * @param start where the reference starts in the text (the 《 for a title)
 * @param end   where it ends, exclusive (after 》 or 号)
 */
public record Citation(Kind kind, String text, int start, int end) {

    /** How a reference names its document. */
    public enum Kind {
        DOC_NUMBER,
        TITLE
    }
}
