/**
 * Whole-process benchmarks: {@link org.opengazette.bench.BuildBenchmark} runs {@link
 * org.opengazette.bench.MeasuredBuild} in fresh JVMs with a fixed heap and prints per-run
 * figures and medians; {@link org.opengazette.bench.PdfBenchmark} measures PDFs (cold, warm,
 * cached rebuild, whole-issue) on a seeded sample of the corpus.
 */
package org.opengazette.bench;
