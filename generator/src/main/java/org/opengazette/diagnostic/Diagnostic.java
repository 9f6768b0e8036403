package org.opengazette.diagnostic;

import java.util.Comparator;

/**
 * One problem in the input: what is wrong ({@link #message()}), where ({@link #position()}),
 * and how to fix it ({@link #hint()}). A consequence of another problem (a reference to a file
 * that could not be read) names the place of that problem as its {@link #cause()}.
 *
 * @param cause the position of the problem this one follows from, or null
 */
public record Diagnostic(
        Severity severity, String code, SourcePosition position, String message, String hint, SourcePosition cause) {

    /**
     * File, line, column; then errors before warnings; then code and message, for a stable report.
     * A consequence is placed right after its cause, so that the root problem is read first.
     */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::placedAt)
            .thenComparing(d -> d.cause != null)
            .thenComparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /** A problem of its own, with no cause elsewhere. */
    public Diagnostic(Severity severity, String code, SourcePosition position, String message, String hint) {
        this(severity, code, position, message, hint, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private SourcePosition placedAt() {
        return cause != null ? cause : position;
    }
}
