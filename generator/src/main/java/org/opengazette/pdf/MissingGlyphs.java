package org.opengazette.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Version;

/**
 * Reports each character of a version that its PDF cannot show ({@link GlyphCoverage}) as a
 * {@code pdf-missing-glyph} warning at the character's first place in the file: the title,
 * 发文字号 or 发文机关 in the front matter, else its line and column in the body.
 */
final class MissingGlyphs {
    private final GlyphCoverage coverage;
    private final Diagnostics diagnostics;

    MissingGlyphs(GlyphCoverage coverage, Diagnostics diagnostics) {
        this.coverage = coverage;
        this.diagnostics = diagnostics;
    }

    void report(Version version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", version.title());
        fields.put("doc_number", version.docNumber());
        for (int i = 0; i < version.issuers().size(); i++) {
            fields.put("issuer[" + i + "]", version.issuers().get(i));
        }
        List<Integer> reported = new ArrayList<>();
        fields.forEach((key, value) -> {
            if (value != null) {
                for (int codePoint : coverage.missing(value)) {
                    if (!reported.contains(codePoint)) {
                        reported.add(codePoint);
                        report(codePoint, version.positionOf(key));
                    }
                }
            }
        });
        String body = version.body();
        for (int codePoint : coverage.missing(body)) {
            if (!reported.contains(codePoint)) {
                reported.add(codePoint);
                report(codePoint, bodyPosition(version, body.indexOf(new String(Character.toChars(codePoint)))));
            }
        }
    }

    private void report(int codePoint, SourcePosition position) {
        String name = Character.getName(codePoint);
        diagnostics.report(
                Problem.PDF_MISSING_GLYPH,
                position,
                String.format("U+%04X", codePoint),
                name != null ? name : "unassigned");
    }

    /** Line and column (in characters) of a body offset, in the file's numbering. */
    private static SourcePosition bodyPosition(Version version, int offset) {
        String body = version.body();
        int line = version.bodyLine();
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = body.codePointCount(lineStart, offset) + 1;
        return new SourcePosition(version.positionOf("").file(), line, column);
    }
}
