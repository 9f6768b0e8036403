package org.opengazette.validate;

import java.util.regex.Pattern;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/** Ids and aliases become URLs, so they are limited to letters, digits, {@code .}, {@code _} and {@code -}. */
final class IdentifierCheck implements Check {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            Version first = document.versions().get(0);
            if (!ID.matcher(document.id()).matches()) {
                context.diagnostics().report(Problem.INVALID_ID, first.positionOf("id"), document.id());
            }
            for (Version version : document.versions()) {
                for (int i = 0; i < version.aliases().size(); i++) {
                    String alias = version.aliases().get(i);
                    if (!ID.matcher(alias).matches()) {
                        context.diagnostics()
                                .report(Problem.INVALID_ID, version.positionOf("aliases[" + i + "]"), alias);
                    }
                }
            }
        }
    }
}
