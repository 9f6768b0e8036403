/**
 * The {@code gazette} command line (picocli): {@code build} and {@code check}, thin adapters that
 * turn options into a {@link org.opengazette.pipeline.BuildRequest} and print the result, and
 * {@code search}, which queries a built site's index ({@link org.opengazette.search.query.IndexSearch}),
 * {@code new} (a draft document) and {@code theme export} (a copy of the built-in theme).
 * Exit codes: 0 success, 1 content errors, 2 usage errors.
 */
package org.opengazette.cli;
