package org.opengazette.validate;

import org.opengazette.commencement.Commencement;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * The 施行日期 against the text's own 施行条款: a clause that gives another day than {@code
 * effective}, or a day other than the default when {@code effective} is missing, is a warning at
 * the field (at the front matter when it is missing) naming the day of the text.
 */
final class CommencementCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (int i = 0; i < document.versions().size(); i++) {
                Version version = document.versions().get(i);
                Commencement commencement = Commencement.of(version, i > 0);
                switch (commencement.verdict()) {
                    case CONTRADICTS ->
                        context.diagnostics()
                                .report(
                                        Problem.EFFECTIVE_CONTRADICTS_TEXT,
                                        version.positionOf("effective"),
                                        new FieldName("effective"),
                                        version.dates().effective().toString(),
                                        commencement.clause().text(),
                                        String.valueOf(version.bodyLine()
                                                + commencement.clause().line()
                                                - 1),
                                        commencement.textDate().toString());
                    case MISSING ->
                        context.diagnostics()
                                .report(
                                        Problem.EFFECTIVE_MISSING,
                                        version.positionOf(""),
                                        new FieldName("effective"),
                                        commencement.clause().text(),
                                        String.valueOf(version.bodyLine()
                                                + commencement.clause().line()
                                                - 1),
                                        commencement.textDate().toString(),
                                        version.dates().published() == null
                                                ? "—"
                                                : version.dates().published().toString());
                    default -> {}
                }
            }
        }
    }
}
