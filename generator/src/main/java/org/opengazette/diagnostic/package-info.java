/**
 * Problems found in the input, as values: a {@link org.opengazette.diagnostic.Diagnostic} has a
 * severity, a stable code, a {@link org.opengazette.diagnostic.SourcePosition} (file, line,
 * column), a localized message and a hint naming the fix. {@link
 * org.opengazette.diagnostic.Diagnostics} collects them from every stage; {@link
 * org.opengazette.diagnostic.DiagnosticFormatter} prints them the way compilers do.
 */
package org.opengazette.diagnostic;
