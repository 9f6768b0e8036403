/**
 * The pipeline: {@link org.opengazette.pipeline.Pipeline} lists the stages in the order they run
 * (load → validate → model → bodies → pdf → search → pages → data → write) for a {@link
 * org.opengazette.pipeline.BuildRequest}, and returns a {@link org.opengazette.pipeline.BuildResult}
 * with the diagnostics, counts and time per stage. A pipeline kept between builds renders again
 * only what changed. The CLI, the preview server and the Maven plugin only adapt their options
 * into a request and print the result with {@link org.opengazette.pipeline.BuildReporter}.
 */
package org.opengazette.pipeline;
