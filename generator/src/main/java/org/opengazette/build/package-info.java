/**
 * The pipeline, in execution order: load → validate → model → render → write. {@link
 * org.opengazette.build.GazetteBuild} sequences the stages for a {@link
 * org.opengazette.build.BuildRequest} and returns a {@link org.opengazette.build.BuildResult}
 * with the diagnostics, counts and time per stage. The CLI and the Maven plugin only adapt their
 * options into a request and print the result with {@link org.opengazette.build.BuildReporter}.
 */
package org.opengazette.build;
