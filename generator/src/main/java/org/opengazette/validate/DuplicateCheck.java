package org.opengazette.validate;

import java.util.HashMap;
import java.util.Map;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.DocNumber;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * An id (or alias) names one document only; a 发文字号 belongs to one document only (versions of
 * the same document may share it). A shared 发文字号 is a warning: references by that number
 * become ambiguous.
 */
final class DuplicateCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Map<String, Document> ids = new HashMap<>();
        for (Document document : context.library().documents()) {
            Document earlier = ids.putIfAbsent(document.id(), document);
            if (earlier != null) {
                context.diagnostics()
                        .report(
                                Problem.DUPLICATE_ID,
                                document.versions().get(0).positionOf("id"),
                                document.id(),
                                earlier.sourcePath());
            }
        }
        Map<String, Document> aliases = new HashMap<>();
        Map<String, Document> numbers = new HashMap<>();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                for (int i = 0; i < version.aliases().size(); i++) {
                    String alias = version.aliases().get(i);
                    Document owner = ids.containsKey(alias) ? ids.get(alias) : aliases.putIfAbsent(alias, document);
                    if (owner != null && owner != document) {
                        context.diagnostics()
                                .report(
                                        Problem.DUPLICATE_ID,
                                        version.positionOf("aliases[" + i + "]"),
                                        alias,
                                        owner.sourcePath());
                    }
                }
                if (version.docNumber() != null) {
                    Document owner = numbers.putIfAbsent(DocNumber.lookupKey(version.docNumber()), document);
                    if (owner != null && owner != document) {
                        context.diagnostics()
                                .report(
                                        Problem.DUPLICATE_DOC_NUMBER,
                                        version.positionOf("doc_number"),
                                        version.docNumber(),
                                        owner.sourcePath());
                    }
                }
            }
        }
    }
}
