/**
 * {@code gazette new}: a new document at its conventional path
 * ({@code content/documents/<kind>/<id>.md}) with every field its kind requires, each with a
 * Chinese comment saying what it is and how to fill it. Fields the editor must fill hold the
 * placeholder {@link org.opengazette.source.Placeholder#MARKER}, which the check reports until
 * it is replaced. {@link org.opengazette.draft.NewDocument} does the work; the CLI command is a
 * thin adapter.
 */
package org.opengazette.draft;
