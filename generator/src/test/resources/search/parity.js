// Runs parity-requests.json through GazetteSearch in this browser, one fresh engine per request,
// and writes [{total, complete, hits: [{ord, score, id, source}], facets, exact, inexact, ms, transfer,
// body, requests}] into #results (transfer: bytes on the wire with headers; body: body bytes).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var out = document.getElementById("results");
    performance.setResourceTimingBufferSize(1000000);
    fetch("parity-requests.json").then(function (response) { return response.json(); }).then(function (requests) {
      var results = [];
      var chain = Promise.resolve();
      requests.forEach(function (request) {
        chain = chain.then(function () {
          var before = performance.getEntriesByType("resource").length;
          var started = performance.now();
          var engine = GazetteSearch.createEngine(GazetteSearch.httpLoader(new URL("search/index/", location.href)));
          return engine.search(request).then(function (result) {
            return Promise.all(result.hits.map(function (hit) { return engine.record(hit.ord); })).then(function (records) {
              return Promise.all(result.hits.map(function (hit) { return engine.snippet(result, hit.ord); }))
                .then(function () {
                  var entries = performance.getEntriesByType("resource").slice(before);
                  results.push({
                    total: result.total,
                    complete: result.complete,
                    hits: result.hits.map(function (hit, i) {
                      return { ord: hit.ord, score: hit.score, current: hit.current,
                        others: hit.others.map(function (other) { return other.ord; }),
                        id: records[i].id, source: records[i].source };
                    }),
                    facets: result.facets,
                    exact: result.exact,
                    inexact: result.inexact,
                    ms: performance.now() - started,
                    transfer: entries.reduce(function (sum, e) { return sum + e.transferSize; }, 0),
                    body: entries.reduce(function (sum, e) { return sum + e.encodedBodySize; }, 0),
                    requests: entries.length
                  });
                });
            });
          });
        });
      });
      return chain.then(function () {
        out.textContent = JSON.stringify(results);
        out.setAttribute("data-done", "true");
      });
    }).catch(function (error) {
      out.textContent = "ERROR " + (error && error.stack || error);
    });
  });
}());
