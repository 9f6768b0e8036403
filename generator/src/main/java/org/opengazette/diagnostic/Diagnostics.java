package org.opengazette.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the diagnostics of one build from every stage (thread-safe), so that they can be
 * printed together, sorted by file and line. Messages are localized when they are reported.
 */
public final class Diagnostics {
    private final Messages messages;
    private final List<Diagnostic> reported = new ArrayList<>();

    public Diagnostics(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** Reports a problem with its default severity; {@code args} fill the message and the hint. */
    public void report(Problem problem, SourcePosition position, Object... args) {
        report(problem.severity(), problem, position, args);
    }

    /** Reports a problem with an explicit severity. */
    public void report(Severity severity, Problem problem, SourcePosition position, Object... args) {
        add(new Diagnostic(
                severity, problem.code(), position, messages.message(problem, args), messages.hint(problem, args)));
    }

    private void add(Diagnostic diagnostic) {
        synchronized (reported) {
            reported.add(diagnostic);
        }
    }

    /**
     * Reports a problem that follows from another one, reported at {@code cause}: it is printed
     * right after it, wherever its own position sorts.
     */
    public void reportConsequence(Problem problem, SourcePosition position, SourcePosition cause, Object... args) {
        add(new Diagnostic(
                problem.severity(),
                problem.code(),
                position,
                messages.message(problem, args),
                messages.hint(problem, args),
                cause));
    }

    /** Adds diagnostics made before (e.g. remembered with a file that did not change). */
    public void addAll(List<Diagnostic> diagnostics) {
        synchronized (reported) {
            reported.addAll(diagnostics);
        }
    }

    /** The first error reported in {@code file} so far, if any. */
    public Optional<SourcePosition> firstError(String file) {
        synchronized (reported) {
            return reported.stream()
                    .filter(d -> d.isError() && d.position().file().equals(file))
                    .map(Diagnostic::position)
                    .min(SourcePosition::compareTo);
        }
    }

    /** Every diagnostic so far, sorted by file, line and column (a consequence right after its cause). */
    public List<Diagnostic> sorted() {
        synchronized (reported) {
            List<Diagnostic> copy = new ArrayList<>(reported);
            copy.sort(Diagnostic.ORDER);
            return List.copyOf(copy);
        }
    }

    public long errorCount() {
        synchronized (reported) {
            return reported.stream().filter(Diagnostic::isError).count();
        }
    }

    public long warningCount() {
        synchronized (reported) {
            return reported.stream().filter(d -> !d.isError()).count();
        }
    }

    /** True when the build must stop: any error, or any warning when {@code strict}. */
    public boolean fails(boolean strict) {
        return errorCount() > 0 || (strict && warningCount() > 0);
    }
}
