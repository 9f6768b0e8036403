package org.opengazette.validate;

import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Status;
import org.opengazette.model.Version;

/**
 * An explicit {@code status} wins over the one derived from dates and relations; when they
 * differ, a {@code status_note} should say why, and without one this is a warning.
 */
final class ExplicitStatusCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                Status explicit = version.explicitStatus();
                if (explicit == null || version.statusNote() != null) {
                    continue;
                }
                Status derived = context.library().derivedStatusOn(version, context.asOf());
                if (explicit != derived) {
                    context.diagnostics()
                            .report(
                                    Problem.STATUS_WITHOUT_NOTE,
                                    version.positionOf("status"),
                                    explicit.key(),
                                    derived.key(),
                                    context.asOf().toString());
                }
            }
        }
    }
}
