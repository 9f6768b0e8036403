package org.opengazette.pdf;

import java.util.List;

/**
 * One entry of a PDF's outline (bookmarks), as the print templates write it.
 *
 * @param label    the text shown in the outline
 * @param href     {@code #anchor} of the element it opens
 * @param children nested entries (节 under 章, chapters under a document)
 */
public record Bookmark(String label, String href, List<Bookmark> children) {}
