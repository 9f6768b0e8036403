/**
 * Whole-process benchmarks: {@link org.opengazette.bench.BuildBenchmark} runs {@link
 * org.opengazette.bench.MeasuredBuild} in fresh JVMs with a fixed heap and prints per-run
 * figures and medians.
 */
package org.opengazette.bench;
