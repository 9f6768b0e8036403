package org.opengazette.citation;

import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * A reference found in a version's body.
 *
 * @param citing  the version whose body holds it
 * @param line    the body's file line where it stands (0 when it could not be placed)
 * @param text    the reference as readers see it (e.g. 《中华人民共和国立法法》, 云政办发〔2020〕33号)
 * @param target  the document it names, or null when unresolved
 * @param version the version of the target in force on the citing version's date, or null
 * @param article for a reference to an article ({@code 《…》第十条第二款}, {@code 本法第十条}): the
 *                anchor it links to in that version ({@code 第十条第二款}), or, when that version has
 *                no such article, the article as cited; null for a reference to a whole document
 * @param found   false for a reference to an article the version does not have (left as text)
 */
public record CitationUse(
        Version citing, int line, String text, Document target, Version version, String article, boolean found) {

    /** A reference to a whole document. */
    public CitationUse(Version citing, int line, String text, Document target, Version version) {
        this(citing, line, text, target, version, null, true);
    }

    /** True when it names a document of the library and, for an article, one its version has. */
    public boolean resolved() {
        return target != null && found;
    }

    /** True when it refers to an article. */
    public boolean isArticle() {
        return article != null;
    }

    /** True when the citing version refers to its own document (本法第十条). */
    public boolean isOwn() {
        return target != null && target.id().equals(citing.documentId());
    }
}
