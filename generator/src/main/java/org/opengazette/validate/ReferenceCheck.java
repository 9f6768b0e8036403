package org.opengazette.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.diagnostic.Suggestion;
import org.opengazette.model.Document;
import org.opengazette.model.UnreadDocument;
import org.opengazette.model.Version;

/**
 * Every reference ({@code amends}, {@code repeals}, {@code replaces}, {@code interprets}) must
 * name a document of the library by id, alias or unambiguous 发文字号. A reference to a file that
 * could not be read says so, after that file's own error, and suggests nothing else.
 */
final class ReferenceCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Set<String> ids =
                context.library().documents().stream().map(Document::id).collect(Collectors.toSet());
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                checkAll(context, ids, version, "amends", version.relations().amends());
                checkAll(context, ids, version, "repeals", version.relations().repeals());
                checkAll(context, ids, version, "replaces", version.relations().replaces());
                String interprets = version.relations().interprets();
                if (interprets != null && context.library().resolve(interprets).isEmpty()) {
                    report(context, ids, version, "interprets", version.positionOf("interprets"), interprets);
                }
            }
        }
    }

    private static void checkAll(
            ValidationContext context, Set<String> ids, Version version, String key, List<String> references) {
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            if (context.library().resolve(reference).isEmpty()) {
                report(
                        context,
                        ids,
                        version,
                        key,
                        version.positions().getOrDefault(key + "[" + i + "]", version.positionOf(key)),
                        reference);
            }
        }
    }

    private static void report(
            ValidationContext context,
            Set<String> ids,
            Version version,
            String key,
            SourcePosition at,
            String reference) {
        Optional<UnreadDocument> unread =
                context.unread().stream().filter(u -> u.isNamedBy(reference)).findFirst();
        if (unread.isPresent()) {
            SourcePosition error = unread.get().error();
            context.diagnostics()
                    .reportConsequence(
                            Problem.UNREAD_REFERENCE, at, error, new FieldName(key), reference, error.toString());
            return;
        }
        boolean ambiguous = context.library().documentsNumbered(reference).size() > 1;
        String suggestion = ambiguous
                ? context.diagnostics().messages().text("suggest.ambiguous-number")
                : TaxonomyCheck.hint(
                        context.diagnostics(), Suggestion.closestReference(reference, ids), "suggest.reference");
        context.diagnostics().report(Problem.UNRESOLVED_REFERENCE, at, new FieldName(key), reference, suggestion);
    }
}
