package org.opengazette.validate;

import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Status;
import org.opengazette.model.Version;

/**
 * An explicit {@code status} that differs from the status derived from dates and relations
 * applies only with a {@code status_note} saying why; without one the derived status is shown.
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
