// Runs the browser search runtime (the built-in theme's static/search-engine.js) in Node against a
// built site's export on disk, for the parity tests and the search benchmark.
//
//   node search-runner.js ENGINE_JS SITE_DIR REQUESTS_JSON [ENGINE_OPTIONS_JSON]
//
// REQUESTS_JSON holds an array of requests ({q, status, kind, issuer, year, on, sort, limit}).
// Prints one JSON object per line and request: {total, hits: [{ord, score, current, others (ords), id,
// source, snippet, marks}], facets,
// exact, inexact, deferred, bytes, requests, families, ms}. Every request runs on a fresh engine, as a cold
// cache: `bytes` counts what it read (a ranged read counts only its range; `families`, per file),
// `ms` its wall time, and records of the hits are fetched as the page would. The loader reads
// as from a server that sends several ranges of a file in one answer (multipart/byteranges):
// `requests` counts such a read once.
"use strict";
const fs = require("fs");
const path = require("path");

const [enginePath, siteDir, requestsPath, engineOptions] = process.argv.slice(2);
const options = engineOptions ? JSON.parse(engineOptions) : {};
const GazetteSearch = require(path.resolve(enginePath));
const { multipartGap } = require(path.join(path.dirname(path.resolve(enginePath)), "search-index.js"));
const root = path.join(siteDir, "search", "index");
const requests = JSON.parse(fs.readFileSync(requestsPath, "utf8"));

function loader(stats) {
  const files = {
    get(file) {
      const bytes = fs.readFileSync(path.join(root, file));
      stats.bytes += bytes.length;
      stats.requests++;
      const family = file.includes("/") ? file.slice(0, file.indexOf("/")) : file;
      stats.families[family] = (stats.families[family] || 0) + bytes.length;
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    },
    range(file, start, end) {
      const fd = fs.openSync(path.join(root, file), "r");
      const slice = Buffer.alloc(end - start);
      let read;
      try {
        read = fs.readSync(fd, slice, 0, end - start, start);
      } finally {
        fs.closeSync(fd);
      }
      stats.bytes += read;
      stats.requests++;
      const family = file.includes("/") ? file.slice(0, file.indexOf("/")) : file;
      stats.families[family] = (stats.families[family] || 0) + read;
      return { bytes: new Uint8Array(slice.buffer, slice.byteOffset, read), start: start };
    },
    ranges(file, wanted) {
      const got = wanted.map((w) => files.range(file, w.start, w.end));
      stats.requests -= wanted.length - 1;
      return got;
    },
    gap() {
      return multipartGap;
    }
  };
  return files;
}

(async () => {
  for (const request of requests) {
    const stats = { bytes: 0, requests: 0, families: {} };
    const started = process.hrtime.bigint();
    const engine = GazetteSearch.createEngine(loader(stats), options);
    const result = await engine.search(request);
    const records = await Promise.all(result.hits.map((hit) => engine.record(hit.ord)));
    const snippets = await Promise.all(result.hits.map((hit) => engine.snippet(result, hit.ord)));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(JSON.stringify({
      total: result.total,
      complete: result.complete,
      hits: result.hits.map((hit, i) => ({ ord: hit.ord, score: hit.score, current: hit.current,
        others: hit.others.map((other) => other.ord), id: records[i].id,
        source: records[i].source, snippet: snippets[i].text, marks: snippets[i].marks })),
      facets: result.facets,
      exact: result.exact,
      inexact: result.inexact,
      deferred: result.deferred,
      bytes: stats.bytes,
      requests: stats.requests,
      families: stats.families,
      ms: ms
    }) + "\n");
  }
})().catch((error) => {
  console.error(error && error.stack || error);
  process.exit(1);
});
