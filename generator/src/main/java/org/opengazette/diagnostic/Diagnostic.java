package org.opengazette.diagnostic;

import java.util.Comparator;

/**
 * One problem in the input: what is wrong ({@link #message()}), where ({@link #position()}),
 * and how to fix it ({@link #hint()}).
 */
public record Diagnostic(Severity severity, String code, SourcePosition position, String message, String hint) {

    /** File, line, column; then errors before warnings; then code and message, for a stable report. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
