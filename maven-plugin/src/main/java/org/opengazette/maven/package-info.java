/**
 * The Maven plugin: {@code gazette:build} (bound to {@code site}) and {@code gazette:check}
 * (bound to {@code validate}). Both only map their parameters onto a
 * {@link org.opengazette.pipeline.BuildRequest} and print the result as the CLI does.
 */
package org.opengazette.maven;
