/**
 * Stage 1, load: finds the files of the content tree ({@link org.opengazette.load.ContentScanner})
 * and reads each into a model value, reporting problems of form (encoding, YAML, types, dates,
 * unknown keys) with their positions: {@link org.opengazette.load.VersionReader}, {@link
 * org.opengazette.load.IssueReader}, {@link org.opengazette.load.PageReader}, orchestrated by
 * {@link org.opengazette.load.ContentLoader}.
 */
package org.opengazette.load;
