package org.opengazette.validate;

import java.util.List;
import org.opengazette.config.Kind;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/** {@code title} and {@code kind} always, and the keys the kind requires in {@code kinds.yaml}. */
final class RequiredFieldsCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                String kindLabel = context.config().kind(version.kind()).map(Kind::label).orElse(version.kind());
                if (version.title() == null) {
                    missing(context, version, "title", "");
                }
                if (version.kind() == null) {
                    missing(context, version, "kind", "");
                    continue;
                }
                List<String> required = context.config().kind(version.kind()).map(Kind::required).orElse(List.of());
                for (String key : required) {
                    if (!present(version, key)) {
                        missing(context, version, key, kindLabel);
                    }
                }
            }
        }
    }

    private static void missing(ValidationContext context, Version version, String key, String kind) {
        context.diagnostics().report(Problem.MISSING_FIELD, version.positionOf(""), key,
                kind.isEmpty() ? "" : context.diagnostics().messages().text("label.for-kind", kind));
    }

    private static boolean present(Version version, String key) {
        return switch (key) {
            case "title" -> version.title() != null;
            case "doc_number" -> version.docNumber() != null;
            case "issuer" -> !version.issuers().isEmpty();
            case "signed" -> version.dates().signed() != null;
            case "published" -> version.dates().published() != null;
            case "effective" -> version.dates().effective() != null;
            case "expires" -> version.dates().expires() != null;
            case "index_no" -> version.indexNo() != null;
            case "topics" -> !version.topics().isEmpty();
            case "gazette" -> version.gazette() != null;
            case "interprets" -> version.relations().interprets() != null;
            default -> version.positions().containsKey(key);
        };
    }
}
