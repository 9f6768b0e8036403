package org.opengazette.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 落款 as GB/T 9704 (7.3.5.1) sets it: the 成文日期 right-aligned four characters in from the
 * right margin (右空四字), each 发文机关署名 above it centred on the date. CSS cannot centre one
 * line on another, so each line gets its right space in ems, from the body face's widths.
 */
final class Signature {
    /** 右空四字. */
    static final double DATE_RIGHT_EMS = 4;

    private final TextWidths widths;

    /** @param widths the body face's widths (regular) */
    Signature(TextWidths widths) {
        this.widths = widths;
    }

    /** The lines of a 落款: issuers, then the date (when there is one). */
    List<PrintDocument.SignatureLine> lines(List<String> issuers, String date) {
        double centre = DATE_RIGHT_EMS + (date == null ? 0 : widths.width(date) / 2);
        List<PrintDocument.SignatureLine> lines = new ArrayList<>();
        for (String issuer : issuers) {
            double right = date == null ? DATE_RIGHT_EMS : Math.max(0, centre - widths.width(issuer) / 2);
            lines.add(new PrintDocument.SignatureLine(issuer, ems(right)));
        }
        if (date != null) {
            lines.add(new PrintDocument.SignatureLine(date, ems(DATE_RIGHT_EMS)));
        }
        return List.copyOf(lines);
    }

    private static String ems(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
