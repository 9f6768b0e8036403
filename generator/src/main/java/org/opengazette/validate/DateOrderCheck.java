package org.opengazette.validate;

import java.time.LocalDate;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Dates;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * 成文 ≤ 发布, and a fixed term cannot end before the document takes effect; taking effect before
 * publication is unusual (retroactive), so it is a warning.
 */
final class DateOrderCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                Dates dates = version.dates();
                LocalDate effective = dates.effectiveOrPublished();
                if (dates.expires() != null
                        && effective != null
                        && dates.expires().isBefore(effective)) {
                    context.diagnostics()
                            .report(
                                    Problem.DATE_ORDER,
                                    version.positionOf("expires"),
                                    new FieldName("expires"),
                                    dates.expires().toString(),
                                    new FieldName(dates.effective() != null ? "effective" : "published"),
                                    effective.toString());
                }
                if (dates.effective() != null
                        && dates.published() != null
                        && dates.effective().isBefore(dates.published())) {
                    context.diagnostics()
                            .report(
                                    Problem.EFFECTIVE_BEFORE_PUBLISHED,
                                    version.positionOf("effective"),
                                    new FieldName("effective"),
                                    dates.effective().toString(),
                                    new FieldName("published"),
                                    dates.published().toString());
                }
                if (dates.signed() != null
                        && dates.published() != null
                        && dates.published().isBefore(dates.signed())) {
                    context.diagnostics()
                            .report(
                                    Problem.DATE_ORDER,
                                    version.positionOf("published"),
                                    new FieldName("published"),
                                    dates.published().toString(),
                                    new FieldName("signed"),
                                    dates.signed().toString());
                }
            }
        }
    }
}
