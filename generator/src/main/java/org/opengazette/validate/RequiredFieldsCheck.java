package org.opengazette.validate;

import java.util.List;
import org.opengazette.config.Kind;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/** {@code title} and {@code kind} always, and the keys the kind requires in {@code kinds.yaml}. */
final class RequiredFieldsCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                String kindLabel =
                        context.config().kind(version.kind()).map(Kind::label).orElse(version.kind());
                if (!present(version, "title")) {
                    missing(context, version, "title", "");
                }
                if (!present(version, "kind")) {
                    missing(context, version, "kind", "");
                }
                if (version.kind() == null) {
                    continue;
                }
                List<String> required = context.config()
                        .kind(version.kind())
                        .map(Kind::required)
                        .orElse(List.of());
                for (String key : required) {
                    if (!present(version, key)) {
                        missing(context, version, key, kindLabel);
                    }
                }
            }
        }
    }

    private static void missing(ValidationContext context, Version version, String key, String kind) {
        context.diagnostics()
                .report(
                        Problem.MISSING_FIELD,
                        version.positionOf(""),
                        new FieldName(key),
                        kind.isEmpty() ? "" : context.diagnostics().messages().text("label.for-kind", kind),
                        key);
    }

    /**
     * The key was written with a value. A value the load stage rejected (wrong type, impossible
     * date) was reported there; it is not missing as well.
     */
    private static boolean present(Version version, String key) {
        return version.positions().containsKey(key);
    }
}
