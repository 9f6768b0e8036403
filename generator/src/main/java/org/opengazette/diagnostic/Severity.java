package org.opengazette.diagnostic;

/** How serious a diagnostic is: errors fail the build, warnings fail it only with {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in printed diagnostics ({@code error}, {@code warning}). */
    public String label() {
        return label;
    }
}
