package org.opengazette.validate;

import java.util.OptionalInt;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.DocNumber;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * 发文字号 shape: the year belongs in 〔 〕 (look-alike brackets get a warning with the corrected
 * number), and the year must be plausible (1949 to the year after the as-of date).
 */
final class DocNumberCheck implements Check {
    private static final int FIRST_YEAR = 1949;

    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                String number = version.docNumber();
                if (number == null) {
                    continue;
                }
                DocNumber.correctedBrackets(number)
                        .ifPresent(corrected -> context.diagnostics()
                                .report(
                                        Problem.DOC_NUMBER_BRACKETS,
                                        version.positionOf("doc_number"),
                                        number,
                                        corrected));
                OptionalInt year = DocNumber.year(number);
                int latest = context.asOf().getYear() + 1;
                if (year.isPresent() && (year.getAsInt() < FIRST_YEAR || year.getAsInt() > latest)) {
                    context.diagnostics()
                            .report(
                                    Problem.DOC_NUMBER_YEAR,
                                    version.positionOf("doc_number"),
                                    number,
                                    String.valueOf(year.getAsInt()),
                                    String.valueOf(FIRST_YEAR),
                                    String.valueOf(latest));
                }
            }
        }
    }
}
