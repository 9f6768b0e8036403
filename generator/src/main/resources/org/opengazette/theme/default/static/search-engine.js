// OpenGazette search runtime, part 3 of 3: the query and its scores. Builds the leaves of the
// Lucene query exactly as org.opengazette.search.QueryBuilder does and scores them with Lucene's
// BM25 in float arithmetic (Math.fround after every operation, as Java's float does), over the
// index read by search-index.js, so that it returns the same hits in the same order with the same
// scores as `gazette search` (the parity tests compare them bit for bit). Plain JavaScript, no
// dependencies: browsers load search-analysis.js, search-index.js, then this file
// (window.GazetteSearch); Node requires this file.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-analysis.js"), require("./search-index.js"));
  } else {
    root.GazetteSearch = factory(root.GazetteSearchAnalysis, root.GazetteSearchIndex);
  }
}(typeof self !== "undefined" ? self : this, function (analysis, files) {
  "use strict";
  var f = Math.fround;
  var parseQuery = analysis.parseQuery;
  var marks = analysis.marks;
  /** At most this many bytes of positions are read to place the snippets of hits without a phrase match. */
  var ANCHOR_BYTES = 4096;
  /**
   * A term's frequencies in a field longer than this are read only for the versions that can be
   * among the hits shown (those of the best tiers), in a round of their own; shorter ones are read
   * with the documents. Below it, a round trip costs more than the bytes it saves.
   */
  var DEFERRED_FREQ_BYTES = 8192;

  // ---- Lucene's arithmetic (SmallFloat, BM25Similarity, GazetteSimilarity) -------------------

  /** SmallFloat.byte4ToInt: the field length a norm byte stands for. */
  function byte4ToInt(i) {
    if (i < 24) {
      return i;
    }
    var j = i - 24;
    var bits = j & 7;
    var shift = (j >>> 3) - 1;
    return 24 + (shift === -1 ? bits : (bits | 8) * Math.pow(2, shift));
  }

  var LENGTH_TABLE = new Float32Array(256);
  for (var n = 0; n < 256; n++) {
    LENGTH_TABLE[n] = byte4ToInt(n);
  }

  /** GazetteSimilarity.idf: fdlibm log (V8's Math.log is fdlibm, like StrictMath.log). */
  function idf(docFreq, docCount) {
    return f(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
  }

  /** BM25Similarity.scorer's cache: 1 / (k1 * ((1 - b) + b * length / avgdl)) per norm byte. */
  function normCache(k1, b, docCount, sumTotalTermFreq) {
    var avgdl = f(sumTotalTermFreq / docCount);
    var cache = new Float32Array(256);
    var oneMinusB = f(1 - b);
    for (var i = 0; i < 256; i++) {
      cache[i] = f(1 / f(k1 * f(oneMinusB + f(f(b * LENGTH_TABLE[i]) / avgdl))));
    }
    return cache;
  }

  /** BM25Scorer.score: weight - weight / (1 + freq * normInverse). */
  function bm25(weight, freq, normInverse) {
    return f(weight - f(weight / f(1 + f(freq * normInverse))));
  }

  // ---- The engine ----------------------------------------------------------------------------

  /**
   * An engine over the export that `loader` reads (see openIndex in search-index.js). options
   * (for tests): {deferredFreqBytes}, instead of DEFERRED_FREQ_BYTES.
   */
  function createEngine(loader, options) {
    var index = files.openIndex(loader);
    var deferredFreqBytes = options && options.deferredFreqBytes !== undefined ? options.deferredFreqBytes
      : DEFERRED_FREQ_BYTES;
    var scorers = null;
    var lookup = index.lookup, postings = index.postings, positions = index.positions, norms = index.norms;
    var termDocuments = index.termDocuments, freqsAt = index.freqsAt, positionsAt = index.positionsAt;
    var facetColumns = index.facetColumns, dateColumns = index.dateColumns, record = index.record;
    var text = index.text;

    /** meta.json with k1 and b as floats, and each field's BM25 cache computed once. */
    function meta() {
      return index.meta().then(function (m) {
        if (!scorers) {
          m.k1 = f(m.k1);
          m.b = f(m.b);
          scorers = m.fields.map(function (field) {
            return field.docCount > 0 ? normCache(m.k1, m.b, field.docCount, field.sumTotalTermFreq) : null;
          });
        }
        return m;
      });
    }

    function fieldIndex(m, name) {
      for (var i = 0; i < m.fields.length; i++) {
        if (m.fields[i].name === name) {
          return i;
        }
      }
      return -1;
    }

    function entryFor(entries, field) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].field === field) {
          return entries[i];
        }
      }
      return null;
    }

    /**
     * The leaves of QueryBuilder's query, in the order it adds them, each once: {field, terms,
     * positions (null for a term), boost, required (a quoted phrase, which a version must have)};
     * and the loose terms that straddle words, as a set. The
     * proximity clause and the straddle test need the occurrence counts of the words' tokens in
     * the bodies, which the dictionary has: no postings are read to build the query.
     */
    function leaves(m, query, entriesOf) {
      var list = [];
      var seen = {};
      function add(field, terms, positions, boost, required) {
        var key = field + "|" + JSON.stringify(terms) + "|" + JSON.stringify(positions);
        if (!seen[key]) {
          seen[key] = true;
          list.push({ field: field, terms: terms, positions: positions, boost: boost, required: !!required });
        }
      }
      var body = fieldIndex(m, "body"), title = fieldIndex(m, "title");
      query.terms.forEach(function (term) {
        m.fields.forEach(function (field, index) { add(index, [term], null, field.boost); });
      });
      query.phrases.forEach(function (phrase) {
        m.fields.forEach(function (field, index) { add(index, phrase.terms, phrase.positions, field.boost, true); });
      });
      var counts = query.chunks.map(function (word) {
        return word.terms.map(function (term) {
          var entry = entryFor(entriesOf(term), body);
          return entry ? entry.total : 0;
        });
      });
      // QueryBuilder.wordTerms: a Han bigram far rarer than its overlapping neighbours probably
      // straddles two words of a query typed without spaces; it does not count for the tier.
      var straddling = {};
      query.chunks.forEach(function (word, w) {
        function bigram(i) {
          var term = word.terms[i];
          return term.length === 2 && !/[0-9a-z]/.test(term.charAt(0));
        }
        word.terms.forEach(function (term, i) {
          if (!bigram(i)) {
            return;
          }
          var here = counts[w][i];
          var before = i > 0 && bigram(i - 1) && word.positions[i] - word.positions[i - 1] === 1;
          var after = i + 1 < word.terms.length && bigram(i + 1) && word.positions[i + 1] - word.positions[i] === 1;
          if ((before || after) && (!before || here * m.straddleRatio < counts[w][i - 1]) &&
              (!after || here * m.straddleRatio < counts[w][i + 1])) {
            straddling[term] = true;
          }
        });
      });
      query.chunks.forEach(function (word, w) {
        add(title, word.terms, word.positions, m.titlePhraseBoost);
        var candidates = [];
        word.terms.forEach(function (term, i) {
          if (counts[w][i] >= 1 && counts[w][i] <= m.proximityMaxOccurrences) {
            candidates.push(i);
          }
        });
        candidates.sort(function (a, b) { return counts[w][a] - counts[w][b] || a - b; });
        var rare = candidates.slice(0, m.proximityTerms).sort(function (a, b) { return a - b; });
        if (rare.length >= 2) {
          add(body, rare.map(function (i) { return word.terms[i]; }),
            rare.map(function (i) { return word.positions[i] - word.positions[rare[0]]; }), m.proximityBoost);
        }
      });
      return { list: list, straddling: straddling };
    }

    /**
     * Whether the frequencies of a term in a field (and, for a phrase, its positions) are read
     * apart from its documents: they take more than DEFERRED_FREQ_BYTES.
     */
    function deferred(entry, withPositions) {
      return entry.postingsPlace !== 0 && !entry.decoded && entry.postingsLength - entry.postingsHead +
        (withPositions ? entry.positionsLength : 0) > deferredFreqBytes;
    }

    /**
     * {docs, scores, starts} of one leaf: a TermQuery or an exact PhraseQuery, BM25 with its boost.
     * A term whose frequencies are deferred gives its docs and, instead of scores, `deferred`:
     * {entry, weight, field}, scored later for the versions that need a score (scoreDeferred); so
     * does a phrase that is not required and has such a term, without docs: {entries, weight,
     * field, offsets}.
     */
    function leafScores(m, leaf, entriesOf) {
      var field = m.fields[leaf.field];
      var entries = leaf.terms.map(function (term) { return entryFor(entriesOf(term), leaf.field); });
      if (entries.some(function (e) { return !e; })) {
        return Promise.resolve({ docs: [], scores: [], starts: null });
      }
      var cache = scorers[leaf.field];
      if (leaf.positions === null && deferred(entries[0])) {
        return termDocuments(entries[0]).then(function (list) {
          var weight = f(f(leaf.boost) * idf(entries[0].docFreq, field.docCount));
          return { docs: list.docs, scores: null, starts: null,
            deferred: { entry: entries[0], weight: weight, field: leaf.field } };
        });
      }
      if (leaf.positions === null) {
        return Promise.all([postings(entries[0]), norms(m, leaf.field)]).then(function (loaded) {
          var list = loaded[0], fieldNorms = loaded[1];
          var weight = f(f(leaf.boost) * idf(entries[0].docFreq, field.docCount));
          var scores = new Array(list.docs.length);
          for (var i = 0; i < list.docs.length; i++) {
            scores[i] = bm25(weight, list.freqs[i], cache[fieldNorms[list.docs[i]]]);
          }
          return { docs: list.docs, scores: scores, starts: null };
        });
      }
      // PhraseWeight: the idf of a phrase is the double sum of its terms' float idfs, as a float.
      var idfSum = 0;
      entries.forEach(function (e) { idfSum += idf(e.docFreq, field.docCount); });
      var phraseWeight = f(f(leaf.boost) * f(idfSum));
      if (!leaf.required && entries.some(function (entry) { return deferred(entry, true); })) {
        // a phrase that only adds to scores: matched later, in the versions that need a score
        return Promise.all(entries.map(termDocuments)).then(function () {
          return { docs: [], scores: null, starts: null,
            deferred: { entries: entries, weight: phraseWeight, field: leaf.field, offsets: leaf.positions } };
        });
      }
      return Promise.all([Promise.all(entries.map(postings)), Promise.all(entries.map(positions)),
        norms(m, leaf.field)]).then(function (loaded) {
        var lists = loaded[0], positionLists = loaded[1], fieldNorms = loaded[2];
        var weight = phraseWeight;
        var cursors = lists.map(function () { return 0; });
        var docs = [], scores = [], starts = [];
        var lead = lists[0];
        for (var i = 0; i < lead.docs.length; i++) {
          var doc = lead.docs[i];
          var at = [positionLists[0][i]];
          for (var k = 1; k < lists.length && at; k++) {
            var other = lists[k];
            while (cursors[k] < other.docs.length && other.docs[cursors[k]] < doc) {
              cursors[k]++;
            }
            at = cursors[k] < other.docs.length && other.docs[cursors[k]] === doc
              ? at.concat([positionLists[k][cursors[k]]]) : null;
          }
          if (at) {
            var found = phraseFreq(leaf.positions, at);
            if (found.count > 0) {
              docs.push(doc);
              scores.push(bm25(weight, found.count, cache[fieldNorms[doc]]));
              starts.push(found.first);
            }
          }
        }
        return { docs: docs, scores: scores, starts: starts };
      });
    }

    /** ExactPhraseMatcher: how many q have every term k at q + offset k, and the first such q. */
    function phraseFreq(offsets, lists) {
      var count = 0, first = -1;
      for (var i = 0; i < lists[0].length; i++) {
        var q = lists[0][i] - offsets[0];
        var all = true;
        for (var k = 1; k < lists.length && all; k++) {
          all = contains(lists[k], q + offsets[k]);
        }
        if (all) {
          count++;
          first = first < 0 ? q : first;
        }
      }
      return { count: count, first: first };
    }

    /**
     * The versions matching the text and the date filter, with their scores:
     * {docs, scores (Float32Array by ord), columns, exact, inexact, anchors}.
     */
    function match(m, query, request) {
      var n = m.documents;
      var textEmpty = query.alternatives.length === 0;
      var termEntries = {};
      var tokens = query.terms.slice();
      query.phrases.forEach(function (p) { tokens = tokens.concat(p.terms); });
      query.excluded.forEach(function (p) { tokens = tokens.concat(p.terms); });
      function entriesOf(term) {
        return termEntries[term] || [];
      }
      var numberDocs = !textEmpty && query.numberKey ? lookup(m, query.numberKey).then(function (entries) {
        var entry = entryFor(entries, m.numberField);
        return entry ? postings(entry).then(function (p) { return p.docs; }) : [];
      }) : Promise.resolve([]);
      return Promise.all(tokens.map(function (term) {
        return lookup(m, term).then(function (entries) { termEntries[term] = entries; });
      })).then(function () {
        // Start every download the query needs at once (one round of coalesced reads): postings,
        // norms, the positions of the phrase and proximity leaves, and those that place snippets.
        Object.keys(termEntries).forEach(function (term) {
          termEntries[term].forEach(function (entry) {
            if (deferred(entry)) {
              termDocuments(entry);
            } else {
              postings(entry);
            }
            norms(m, entry.field);
          });
        });
        var built = leaves(m, query, entriesOf);
        var scored = Promise.all(built.list.map(function (leaf) { return leafScores(m, leaf, entriesOf); }));
        anchorEntries(bodyEntries(m, query, entriesOf)).forEach(function (entry) {
          positions(entry);
        });
        // QueryBuilder's MUST_NOT clauses: each excluded word's term or phrase in every scored field.
        var excludedDocs = Promise.all(query.excluded.map(function (word) {
          return Promise.all(m.fields.map(function (field, index) {
            return leafScores(m, { field: index, terms: word.terms,
              positions: word.terms.length === 1 ? null : word.positions, boost: 1, required: true }, entriesOf);
          }));
        }));
        return Promise.all([built, numberDocs, request.on ? dateColumns(m) : null,
          facetColumns(m), excludedDocs, scored]);
      }).then(function (loaded) {
        var leafList = loaded[0].list, straddling = loaded[0].straddling;
        var exactDocs = loaded[1], dates = loaded[2], columns = loaded[3];
        var excluded = new Uint8Array(n);
        loaded[4].forEach(function (perField) {
          perField.forEach(function (result) {
            result.docs.forEach(function (d) { excluded[d] = 1; });
          });
        });
        return Promise.resolve(loaded[5])
          .then(function (results) {
            var acc = new Float64Array(n);
            var inexact = 0;
            function add(doc, value) {
              var sum = acc[doc] + value;
              // TwoSum: a non-zero error would mean the double sum is inexact, so its order mattered.
              var bv = sum - acc[doc];
              if ((acc[doc] - (sum - bv)) + (value - bv) !== 0) {
                inexact++;
              }
              acc[doc] = sum;
            }
            var anchors = {};
            var body = fieldIndex(m, "body");
            results.forEach(function (result, k) {
              for (var i = 0; result.scores && i < result.docs.length; i++) {
                var doc = result.docs[i];
                add(doc, result.scores[i]);
                if (leafList[k].field === body && result.starts) {
                  anchors[doc] = anchors[doc] === undefined ? result.starts[i] : Math.min(anchors[doc], result.starts[i]);
                }
              }
            });
            // The FILTER clauses: for one alternative, at least half of its loose terms
            // (QueryBuilder.minimumTerms) and every one of its quoted phrases, each in some scored field.
            function termLeaf(term) {
              return function (leaf) { return leaf.positions === null && leaf.terms[0] === term; };
            }
            function phraseLeaf(phrase) {
              var key = JSON.stringify([phrase.terms, phrase.positions]);
              return function (leaf) { return leaf.positions !== null && JSON.stringify([leaf.terms, leaf.positions]) === key; };
            }
            var matchesSome = new Uint8Array(n), completeSome = new Uint8Array(n);
            query.alternatives.forEach(function (alternative) {
              var termsFound = new Int32Array(n), phrasesFound = new Int32Array(n);
              alternative.terms.forEach(function (term) { markAny(results, leafList, termsFound, termLeaf(term)); });
              alternative.phrases.forEach(function (p) { markAny(results, leafList, phrasesFound, phraseLeaf(p)); });
              var minimum = Math.ceil(alternative.terms.length / 2);
              for (var d = 0; d < n; d++) {
                if (phrasesFound[d] === alternative.phrases.length) {
                  matchesSome[d] |= termsFound[d] >= minimum ? 1 : 0;
                  completeSome[d] |= termsFound[d] === alternative.terms.length ? 1 : 0;
                }
              }
            });
            var wordsFound = new Int32Array(n);
            query.terms.forEach(function (term) {
              if (!straddling[term]) {
                markAny(results, leafList, wordsFound, termLeaf(term));
              }
            });
            var exact = new Uint8Array(n);
            exactDocs.forEach(function (d) { exact[d] = 1; });
            var docs = [];
            var scores = new Float32Array(n);
            var tiers = new Int32Array(n);
            var complete = new Uint8Array(n);
            for (var d = 0; d < n; d++) {
              // FILTER: (an alternative's phrases and enough of its terms) or (the exact 发文字号), and the date.
              if (excluded[d] || (!textEmpty && !matchesSome[d] && !exact[d]) ||
                  (dates && !inForceOn(dates.inForce[d], request.onDay))) {
                continue;
              }
              if (textEmpty) {
                scores[d] = 1;
              } else {
                if (columns.current[d]) {
                  add(d, f(m.currentBoost));
                }
                if (exact[d]) {
                  add(d, f(m.exactNumberBoost));
                }
                scores[d] = f(acc[d]);
              }
              // QueryBuilder.tier: the words found; n + 1 more with every term and phrase of an
              // alternative; 2(n + 1) more for the exact 发文字号.
              tiers[d] = wordsFound[d] + (completeSome[d] ? query.terms.length + 1 : 0) +
                (exact[d] ? 2 * (query.terms.length + 1) : 0);
              complete[d] = textEmpty || completeSome[d] || exact[d] ? 1 : 0;
              docs.push(d);
            }
            return { docs: docs, scores: scores, tiers: tiers, complete: complete, columns: columns, exact: exact,
              inexact: function () { return inexact; }, anchors: anchors,
              bodyEntries: bodyEntries(m, query, entriesOf), acc: acc, add: add,
              deferred: results.filter(function (result) { return !result.scores; }) };
          });
      });
    }

    /** Counts, per document, one more requirement met when any of the selected leaves matched it. */
    function markAny(results, leafList, required, select) {
      var seen = new Uint8Array(required.length);
      leafList.forEach(function (leaf, k) {
        if (select(leaf)) {
          var docs = results[k].docs;
          for (var i = 0; i < docs.length; i++) {
            seen[docs[i]] = 1;
          }
        }
      });
      for (var d = 0; d < required.length; d++) {
        required[d] += seen[d];
      }
    }

    function inForceOn(intervals, day) {
      for (var i = 0; i < intervals.length; i++) {
        if (day >= intervals[i][0] && day <= intervals[i][1]) {
          return true;
        }
      }
      return false;
    }

    /**
     * Runs a search. request: {q, status: [], kind: [], issuer: [], year: [], on: "YYYY-MM-DD",
     * sort: "relevance" | "date", limit}. Resolves to {total, complete, hits: [{ord, score, current,
     * others: [{ord, score, current}]}], facets: {status: {key: count}, kind, issuer, year},
     * facetValues, query, exact: [ords], anchors, inexact, deferred (how many term leaves were scored
     * for the best tiers only)}: one hit per document as IndexSearch
     * groups them (total and complete count documents), the facet counts of FacetCounter (documents).
     */
    function search(request) {
      request = normalizeRequest(request);
      return meta().then(function (m) {
        var query = parseQuery(request.q);
        var textEmpty = query.alternatives.length === 0;
        var filtered = request.status.length || request.kind.length || request.issuer.length ||
          request.year.length || request.on;
        if (textEmpty && !filtered) {
          return facetColumns(m).then(function (columns) {
            return { total: 0, complete: 0, hits: [], facets: { status: {}, kind: {}, issuer: {}, year: {} },
              facetValues: columns.values, query: query, exact: [], anchors: {}, inexact: 0, deferred: 0 };
          });
        }
        request.onDay = dayOf(request.on);
        var sortByDate = request.sort === "date";
        return Promise.all([match(m, query, request), sortByDate ? dateColumns(m) : null]).then(function (both) {
          var matched = both[0], dates = both[1], columns = matched.columns;
          var values = columns.values;
          var names = [values.status.map(keyOf), values.kind.map(keyOf), values.issuer, values.year.map(String)];
          var wanted = [request.status, request.kind, request.issuer, request.year];
          var chosen = names.map(function (list, k) { return codes(list, wanted[k]); });
          var counts = [{}, {}, {}, {}];
          // FacetCounter: a value counts documents; a document's versions are neighbours in ord order.
          var counted = [{}, {}, {}, {}];
          var document = columns.document;
          var hits = [];
          matched.docs.forEach(function (d) {
            var own = [[columns.status[d]], [columns.kind[d]], columns.issuers[d],
              columns.year[d] >= 0 ? [columns.year[d]] : []];
            var passes = own.map(function (list, k) {
              return chosen[k] === null || list.some(function (code) { return chosen[k][code]; });
            });
            var failing = passes.filter(function (p) { return !p; }).length;
            for (var k = 0; k < 4; k++) {
              if (failing === 0 || (failing === 1 && !passes[k])) {
                own[k].forEach(function (code) {
                  var name = names[k][code];
                  if (counted[k][name] !== document[d]) {
                    counted[k][name] = document[d];
                    counts[k][name] = (counts[k][name] || 0) + 1;
                  }
                });
              }
            }
            if (failing === 0) {
              hits.push(d);
            }
          });
          // Scores are needed only for the versions of the documents that can be shown.
          return scoreDeferred(m, matched, hits, document, request.limit).then(function () {
            var scores = matched.scores, tiers = matched.tiers;
            // IndexSearch.sort: the tier, then date or score, then ordinal.
            hits.sort(sortByDate ? function (a, b) {
              return tiers[b] - tiers[a] ||
                (dates.date[a] === dates.date[b] ? a - b : (dates.date[b] > dates.date[a] ? 1 : -1));
            } : function (a, b) {
              return tiers[b] - tiers[a] || (scores[a] === scores[b] ? a - b : (scores[b] > scores[a] ? 1 : -1));
            });
            var groups = documentsOf(hits, document, columns.current, matched.complete, m.versionsListed);
            var top = groups.slice(0, request.limit);
            function hit(d) {
              return { ord: d, score: scores[d], current: columns.current[d] === 1 };
            }
            // The page shows the records of these hits next: read them in the same round as the anchors.
            top.forEach(function (versions) {
              versions.forEach(function (d) { record(d).then(null, function () {}); });
            });
            return snippetAnchors(top.map(function (versions) { return versions[0]; }), matched).then(function (anchors) {
              return {
                total: groups.length,
                complete: groups.filter(function (versions) {
                  return versions.complete;
                }).length,
                hits: top.map(function (versions) {
                  var head = hit(versions[0]);
                  head.others = versions.slice(1).map(hit);
                  return head;
                }),
                facets: { status: counts[0], kind: counts[1], issuer: counts[2], year: counts[3] },
                facetValues: values,
                query: query,
                exact: hits.filter(function (d) { return matched.exact[d]; }).sort(function (a, b) { return a - b; }),
                anchors: anchors,
                inexact: matched.inexact(),
                deferred: matched.deferred.length
              };
            });
          });
        });
      });
    }

    /**
     * Adds the scores of the deferred term leaves (match) to the versions that need one: every
     * version of each document whose best tier reaches the tier of the limit-th document, when
     * documents are ordered by their best tier alone. The others rank below all of those whatever
     * their scores, and are never shown. Reads the frequencies of those versions only, the blocks
     * that hold them, with the norms of their fields; and, when no more than `limit` documents
     * reach that tier, so that the scores only order them, the records of their versions too.
     */
    function scoreDeferred(m, matched, hits, document, limit) {
      if (!matched.deferred.length) {
        return Promise.resolve();
      }
      var tiers = matched.tiers;
      var best = new Map();
      hits.forEach(function (d) {
        if (!best.has(document[d]) || best.get(document[d]) < tiers[d]) {
          best.set(document[d], tiers[d]);
        }
      });
      var ranked = Array.from(best.values()).sort(function (a, b) { return b - a; });
      var threshold = ranked.length > limit ? ranked[limit - 1] : -Infinity;
      var needed = new Uint8Array(m.documents);
      var candidates = hits.filter(function (d) { return best.get(document[d]) >= threshold; });
      candidates.forEach(function (d) { needed[d] = 1; });
      if (ranked.filter(function (t) { return t >= threshold; }).length <= limit) {
        // the documents shown are known, only their order is not: read their records in this round
        candidates.forEach(function (d) { record(d).then(null, function () {}); });
      }
      return Promise.all(matched.deferred.map(function (result) {
        var leaf = result.deferred;
        return leaf.entries ? scorePhrase(m, matched, leaf, needed) : scoreTerm(m, matched, result, needed);
      })).then(function () {
        candidates.forEach(function (d) { matched.scores[d] = f(matched.acc[d]); });
      });
    }

    /** Adds a deferred term leaf's scores in the `needed` versions that have the term. */
    function scoreTerm(m, matched, result, needed) {
      var indexes = [];
      for (var i = 0; i < result.docs.length; i++) {
        if (needed[result.docs[i]]) {
          indexes.push(i);
        }
      }
      var leaf = result.deferred;
      return Promise.all([freqsAt(leaf.entry, indexes), norms(m, leaf.field)]).then(function (loaded) {
        var freqs = loaded[0], fieldNorms = loaded[1], cache = scorers[leaf.field];
        indexes.forEach(function (i) {
          var d = result.docs[i];
          matched.add(d, bm25(leaf.weight, freqs[i], cache[fieldNorms[d]]));
        });
      });
    }

    /**
     * Adds a deferred phrase leaf's scores in the `needed` versions that have the phrase, and
     * places their snippets at its first match in the body.
     */
    function scorePhrase(m, matched, leaf, needed) {
      return Promise.all(leaf.entries.map(termDocuments)).then(function (lists) {
        // the needed versions with every term, and where each is in each term's documents
        var docs = [];
        var indexes = lists.map(function () { return []; });
        var cursors = lists.map(function () { return 0; });
        var lead = lists[0].docs;
        for (var i = 0; i < lead.length; i++) {
          if (!needed[lead[i]]) {
            continue;
          }
          var at = [i];
          for (var k = 1; k < lists.length && at; k++) {
            var other = lists[k].docs;
            while (cursors[k] < other.length && other[cursors[k]] < lead[i]) {
              cursors[k]++;
            }
            at = cursors[k] < other.length && other[cursors[k]] === lead[i] ? at.concat([cursors[k]]) : null;
          }
          if (at) {
            docs.push(lead[i]);
            at.forEach(function (index, k) { indexes[k].push(index); });
          }
        }
        return Promise.all([Promise.all(leaf.entries.map(function (entry, k) {
          return positionsAt(entry, indexes[k]);
        })), norms(m, leaf.field)]).then(function (loaded) {
          var positionLists = loaded[0], fieldNorms = loaded[1], cache = scorers[leaf.field];
          var body = fieldIndex(m, "body");
          docs.forEach(function (d, n) {
            var found = phraseFreq(leaf.offsets, positionLists.map(function (lists, k) {
              return lists[indexes[k][n]];
            }));
            if (found.count > 0) {
              matched.add(d, bm25(leaf.weight, found.count, cache[fieldNorms[d]]));
              if (leaf.field === body) {
                matched.anchors[d] = matched.anchors[d] === undefined ? found.first
                  : Math.min(matched.anchors[d], found.first);
              }
            }
          });
        });
      });
    }

    /**
     * IndexSearch's grouping (GroupingSearch): the sorted versions by document, in the order of
     * each document's best version; within a document the version shown at its permanent URL
     * first, then the rest in order (at most `listed` in all); `complete` when any of them has every term.
     */
    function documentsOf(sorted, document, current, complete, listed) {
      var groups = [];
      var at = {};
      sorted.forEach(function (d) {
        if (at[document[d]] === undefined) {
          at[document[d]] = groups.length;
          groups.push([]);
        }
        groups[at[document[d]]].push(d);
      });
      return groups.map(function (all) {
        var versions = all.filter(function (d) { return current[d]; })
          .concat(all.filter(function (d) { return !current[d]; })).slice(0, listed);
        versions.complete = all.some(function (d) { return complete[d]; });
        return versions;
      });
    }

    /**
     * Where each hit's snippet starts: the first phrase or proximity match in its body; else the
     * first occurrence of a query term in its body, read from the positions of the terms whose
     * positions are small (at most ANCHOR_BYTES in all, rarest first); else nowhere (the opening).
     * Only the snippets depend on this, never the ranking.
     */
    function snippetAnchors(top, matched) {
      var anchors = {};
      var missing = [];
      top.forEach(function (d) {
        if (matched.anchors[d] !== undefined) {
          anchors[d] = matched.anchors[d];
        } else {
          missing.push(d);
        }
      });
      var chosen = anchorEntries(matched.bodyEntries);
      return Promise.all(chosen.map(function (entry) {
        return Promise.all([postings(entry), positions(entry)]);
      })).then(function (loaded) {
        loaded.forEach(function (both) {
          missing = missing.filter(function (d) {
            var at = indexOf(both[0].docs, d);
            if (at < 0) {
              return true;
            }
            anchors[d] = both[1][at][0];
            return false;
          });
        });
        return anchors;
      });
    }

    /** The body entries of the query's loose terms that have positions. */
    function bodyEntries(m, query, entriesOf) {
      var body = fieldIndex(m, "body");
      return query.terms.map(function (term) { return entryFor(entriesOf(term), body); })
        .filter(function (e) { return e && e.positionsLength > 0; });
    }

    /**
     * The entries whose positions place the snippets of hits without a phrase match: rarest
     * first, those inline in the dictionary and those within ANCHOR_BYTES in all.
     */
    function anchorEntries(entries) {
      var budget = ANCHOR_BYTES;
      return entries.slice().sort(function (a, b) { return a.positionsLength - b.positionsLength; })
        .filter(function (entry) {
          if (entry.positionsPlace !== 0 && entry.positionsLength > budget) {
            return false;
          }
          budget -= entry.positionsPlace === 0 ? 0 : entry.positionsLength;
          return true;
        });
    }

    /**
     * A snippet of a hit: `size` characters of its body (never the custom fields after it) from a
     * little before the first match the search located there (a phrase or proximity match), else
     * from its start, with the query's tokens marked where the text has them as tokens:
     * {text, marks: [[start, end]], from, to, length}.
     */
    function snippet(result, ord, size) {
      size = size || 120;
      return record(ord).then(function (hit) {
        var anchor = result.anchors && result.anchors[ord] !== undefined ? result.anchors[ord] : 0;
        // a match in the custom fields after the body: the snippet is the body's opening
        var from = anchor < hit.body ? Math.max(0, anchor - Math.floor(size / 4)) : 0;
        return text(ord, from, from + size);
      }).then(function (piece) {
        piece.marks = marks(piece.text, result.query);
        return piece;
      });
    }

    return { meta: meta, prefetch: index.prefetch, search: search, record: record, text: text, snippet: snippet };
  }

  /** Where `value` is in the sorted Int32Array, or -1. */
  function indexOf(sorted, value) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === value) {
        return mid;
      }
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  function contains(sorted, value) {
    return indexOf(sorted, value) >= 0;
  }


  function dayOf(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return parts ? Math.round(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]) / 86400000) : null;
  }

  function keyOf(value) {
    return value.key;
  }

  function codes(names, wanted) {
    if (!wanted.length) {
      return null;
    }
    var set = {};
    names.forEach(function (name, code) {
      if (wanted.indexOf(name) >= 0) {
        set[code] = true;
      }
    });
    return set;
  }

  function normalizeRequest(request) {
    function list(value) {
      if (value === undefined || value === null || value === "") {
        return [];
      }
      return (Array.isArray(value) ? value : [value]).map(String).filter(function (v) { return v !== ""; });
    }
    return {
      q: request.q || "",
      status: list(request.status),
      kind: list(request.kind),
      issuer: list(request.issuer),
      year: list(request.year),
      on: request.on || "",
      sort: request.sort === "date" ? "date" : "relevance",
      limit: request.limit || 10
    };
  }

  return {
    createEngine: createEngine,
    httpLoader: files.httpLoader,
    parseQuery: parseQuery,
    maxQueryChars: analysis.maxQueryChars,
    marks: marks,
    docNumberKey: analysis.docNumberKey,
    scan: analysis.scan,
    mapAll: analysis.mapAll,
    termHash: files.termHash,
    byte4ToInt: byte4ToInt,
    idf: idf,
    normCache: normCache,
    bm25: bm25
  };
}));
