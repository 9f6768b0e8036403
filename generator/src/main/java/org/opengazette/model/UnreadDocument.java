package org.opengazette.model;

import org.opengazette.diagnostic.SourcePosition;

/**
 * A document file that exists but could not be read (YAML error, missing front matter …), kept
 * so that a reference to it is told so rather than offered another document.
 *
 * @param id        the id it would have had: {@code id:} when it can be read off its line, else its file or folder name
 * @param docNumber its 发文字号 as read off its {@code doc_number:} line, or null
 * @param error     where the first error of the file was reported
 */
public record UnreadDocument(String id, String docNumber, SourcePosition error) {

    /** True when a reference names this document by its id or 发文字号 (brackets normalized). */
    public boolean isNamedBy(String reference) {
        return id.equals(reference)
                || docNumber != null && DocNumber.lookupKey(docNumber).equals(DocNumber.lookupKey(reference));
    }
}
