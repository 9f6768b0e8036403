/**
 * The pipeline, in execution order: load → validate → model → render → write. {@link
 * org.opengazette.pipeline.Pipeline} sequences the stages for a {@link
 * org.opengazette.pipeline.BuildRequest} and returns a {@link org.opengazette.pipeline.BuildResult}
 * with the diagnostics, counts and time per stage. The CLI and the Maven plugin only adapt their
 * options into a request and print the result with {@link org.opengazette.pipeline.BuildReporter}.
 */
package org.opengazette.pipeline;
