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
 */
public record CitationUse(Version citing, int line, String text, Document target, Version version) {

    public boolean resolved() {
        return target != null;
    }
}
