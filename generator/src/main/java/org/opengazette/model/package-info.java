/**
 * The library as immutable values, with no I/O: {@link org.opengazette.model.Document}s and
 * their {@link org.opengazette.model.Version}s, {@link org.opengazette.model.GazetteIssue}s,
 * static {@link org.opengazette.model.Page}s, and the {@link org.opengazette.model.Library} that
 * indexes them and answers which version is in force and what {@link
 * org.opengazette.model.Status} a version has on a date.
 */
package org.opengazette.model;
