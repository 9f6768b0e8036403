// OpenGazette search runtime: analyses a query exactly like the Lucene index was built
// (org.opengazette.search: TextNormalizer, BigramScanner, QueryText, QueryBuilder), reads the
// static export of that index piece by piece (format: StaticExport.java, README "Search"), and
// scores with Lucene's BM25 in float arithmetic (Math.fround after every operation, as Java's
// float does), so that it returns the same hits in the same order with the same scores as
// `gazette search`. Plain JavaScript, no dependencies; runs in browsers (window.GazetteSearch)
// and in Node (require) with a loader that reads files from disk.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.GazetteSearch = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var f = Math.fround;

  // ---- Analysis (TextNormalizer, BigramScanner) ----------------------------------------------

  var SEPARATOR = 0, WORD = 1, HAN = 2, MAX_WORD = 64;

  function mapCodePoint(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      c -= 0xFEE0;
    } else if (c === 0x3000) {
      c = 0x20;
    }
    if (c >= 0x41 && c <= 0x5A) {
      c += 0x20;
    }
    return c;
  }

  function classOf(c) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A)) {
      return WORD;
    }
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c === 0x3007 ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF) ||
        (c >= 0x3041 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7A3)) {
      return HAN;
    }
    return SEPARATOR;
  }

  /** The text with every code point mapped; same UTF-16 length. */
  function mapAll(text) {
    var out = "";
    for (var i = 0; i < text.length;) {
      var c = text.codePointAt(i);
      out += String.fromCodePoint(mapCodePoint(c));
      i += c > 0xFFFF ? 2 : 1;
    }
    return out;
  }

  /** Tokens of mapped text as [start, end) spans (BigramScanner.scan without unigrams). */
  function scan(text) {
    var tokens = [];
    var length = text.length;
    var i = 0;
    while (i < length) {
      var c = text.codePointAt(i);
      var kind = classOf(c);
      if (kind === WORD) {
        var start = i;
        while (i < length && classOf(text.charCodeAt(i)) === WORD) {
          i++;
        }
        if (i - start <= MAX_WORD) {
          tokens.push([start, i]);
        }
      } else if (kind === HAN) {
        var previous = i;
        i += c > 0xFFFF ? 2 : 1;
        var single = true;
        while (i < length) {
          var d = text.codePointAt(i);
          if (classOf(d) !== HAN) {
            break;
          }
          var next = i + (d > 0xFFFF ? 2 : 1);
          tokens.push([previous, next]);
          previous = i;
          i = next;
          single = false;
        }
        if (single) {
          tokens.push([previous, i]);
        }
      } else {
        i += c > 0xFFFF ? 2 : 1;
      }
    }
    return tokens;
  }

  // ---- Query text (QueryText) ----------------------------------------------------------------

  var CLOSERS = { "\"": "\"", "\u201C": "\u201D", "\u300C": "\u300D", "\u300E": "\u300F" };
  var IGNORED_IN_KEY = " \t\n\r\f\u000B\u00A0\"\u201C\u201D\u300C\u300D\u300E\u300F";
  var YEAR_BRACKETS = /[\[(\u3010\u3014]((?:1[89]|20)[0-9]{2})[\])\u3011\u3015]/g;

  function docNumberKey(text) {
    var mapped = mapAll(text);
    var kept = "";
    for (var i = 0; i < mapped.length; i++) {
      if (IGNORED_IN_KEY.indexOf(mapped.charAt(i)) < 0) {
        kept += mapped.charAt(i);
      }
    }
    return kept.replace(YEAR_BRACKETS, "\u3014$1\u3015");
  }

  /** {terms: [..], phrases: [{terms, positions}], chunks: [{terms, positions}], numberKey} — see QueryText.parse. */
  function parseQuery(text) {
    var mapped = mapAll(text || "");
    var loose = "";
    var quoted = [];
    var i = 0;
    while (i < mapped.length) {
      var c = mapped.charAt(i);
      var close = CLOSERS[c];
      if (!close) {
        loose += c;
        i++;
        continue;
      }
      var end = mapped.indexOf(close, i + 1);
      if (end < 0) {
        end = mapped.length;
      }
      quoted.push(mapped.substring(i + 1, end));
      loose += " ";
      i = end + 1;
    }
    var terms = [];
    var seenTerms = {};
    var phrases = [];
    var seenPhrases = {};
    function addTerm(term) {
      if (!Object.prototype.hasOwnProperty.call(seenTerms, term)) {
        seenTerms[term] = true;
        terms.push(term);
      }
    }
    quoted.forEach(function (part) {
      var spans = scan(part);
      if (spans.length === 1) {
        addTerm(part.substring(spans[0][0], spans[0][1]));
      } else if (spans.length > 1) {
        var phrase = {
          terms: spans.map(function (s) { return part.substring(s[0], s[1]); }),
          positions: spans.map(function (s) { return s[0] - spans[0][0]; })
        };
        var key = JSON.stringify(phrase);
        if (!seenPhrases[key]) {
          seenPhrases[key] = true;
          phrases.push(phrase);
        }
      }
    });
    var chunks = [];
    var seenChunks = {};
    loose.split(/[ \t\n\r\f\u000B]+/).forEach(function (chunk) {
      var spans = scan(chunk);
      spans.forEach(function (s) { addTerm(chunk.substring(s[0], s[1])); });
      if (spans.length > 1) {
        var word = {
          terms: spans.map(function (s) { return chunk.substring(s[0], s[1]); }),
          positions: spans.map(function (s) { return s[0] - spans[0][0]; })
        };
        var key = JSON.stringify(word);
        if (!seenChunks[key]) {
          seenChunks[key] = true;
          chunks.push(word);
        }
      }
    });
    return { terms: terms, phrases: phrases, chunks: chunks, numberKey: docNumberKey(text || "") };
  }

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

  // ---- Binary reading ------------------------------------------------------------------------

  function Reader(bytes, offset) {
    this.bytes = bytes;
    this.pos = offset || 0;
  }
  Reader.prototype.varint = function () {
    var result = 0, scale = 1, b;
    do {
      b = this.bytes[this.pos++];
      result += (b & 0x7F) * scale;
      scale *= 128;
    } while (b & 0x80);
    return result;
  };
  Reader.prototype.string = function () {
    var length = this.varint();
    var text = utf8(this.bytes.subarray(this.pos, this.pos + length));
    this.pos += length;
    return text;
  };
  Reader.prototype.skip = function (length) {
    this.pos += length;
  };

  var decoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf-8") : null;
  function utf8(bytes) {
    return decoder.decode(bytes);
  }

  /** Inflates a gzip member (the export's compressed files) with the standard DecompressionStream. */
  function gunzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  /** FNV-1a over UTF-16 code units (TermHash). */
  function termHash(term) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash = Math.imul(hash ^ term.charCodeAt(i), 16777619);
    }
    return hash >>> 0;
  }

  function decodePostings(bytes, count) {
    var docs = new Int32Array(count);
    var freqs = new Int32Array(count);
    var reader = new Reader(bytes, 0);
    var doc = -1;
    for (var i = 0; i < count; i++) {
      var code = reader.varint();
      doc += Math.floor(code / 2);
      docs[i] = doc;
      freqs[i] = code % 2 === 1 ? 1 : reader.varint();
    }
    return { docs: docs, freqs: freqs, total: total(freqs) };
  }

  function total(freqs) {
    var sum = 0;
    for (var i = 0; i < freqs.length; i++) {
      sum += freqs[i];
    }
    return sum;
  }

  // ---- The engine ----------------------------------------------------------------------------

  /**
   * An engine over one export (paths relative to search/index/). The loader has two methods:
   * `get(path)` resolves to the bytes of a whole file, `range(path, start, end)` to
   * {bytes, start} holding at least bytes [start, end) of the file, bytes[0] being file byte
   * `start` (a loader whose server ignores Range answers with the whole file and start 0).
   */
  function createEngine(loader) {
    var wholeFiles = new Map();
    var metaPromise = null;
    var buckets = new Map();
    var scorers = null;
    var normsCache = new Map();
    var facetsPromise = null;
    var datesPromise = null;
    var documents = new Map();
    var HEAD = 1024;

    function whole(path, compressed) {
      var key = path + (compressed ? "|gz" : "");
      if (!wholeFiles.has(key)) {
        wholeFiles.set(key, Promise.resolve(loader.get(path)).then(function (b) {
          var bytes = b instanceof Uint8Array ? b : new Uint8Array(b);
          return compressed ? gunzip(bytes) : bytes;
        }));
      }
      return wholeFiles.get(key);
    }

    /** Exactly bytes [start, end) of a file. */
    function range(path, start, end) {
      if (end <= start) {
        return Promise.resolve(new Uint8Array(0));
      }
      return Promise.resolve(loader.range(path, start, end)).then(function (got) {
        var bytes = got.bytes instanceof Uint8Array ? got.bytes : new Uint8Array(got.bytes);
        return bytes.subarray(start - got.start, end - got.start);
      });
    }

    function u32(bytes, at) {
      return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 16777216;
    }

    function meta() {
      if (!metaPromise) {
        metaPromise = whole("meta.json", false).then(function (bytes) {
          var m = JSON.parse(utf8(bytes));
          if (m.format !== 1) {
            throw new Error("unsupported search index format " + m.format);
          }
          m.k1 = f(m.k1);
          m.b = f(m.b);
          m.numberField = m.fields.length;
          scorers = m.fields.map(function (field) {
            return field.docCount > 0 ? normCache(m.k1, m.b, field.docCount, field.sumTotalTermFreq) : null;
          });
          return m;
        });
      }
      return metaPromise;
    }

    /** A bucket of the dictionary: Map term → [{field, docFreq, postings…, positions…}]. */
    function bucket(b) {
      if (!buckets.has(b)) {
        buckets.set(b, range("terms.idx", 4 * b, 4 * b + 8).then(function (idx) {
          return range("terms.bin", u32(idx, 0), u32(idx, 4));
        }).then(function (bytes) {
          var reader = new Reader(bytes, 0);
          var count = reader.varint();
          var entries = new Map();
          for (var i = 0; i < count; i++) {
            var term = reader.string();
            var fieldCount = reader.varint();
            var fields = [];
            for (var j = 0; j < fieldCount; j++) {
              var entry = { field: reader.varint(), docFreq: reader.varint(), postingsLength: reader.varint(),
                postingsPlace: reader.varint(), postingBytes: null, positionsLength: 0, positionsPlace: 0,
                positionBytes: null };
              if (entry.postingsPlace === 0) {
                entry.postingBytes = bytes.subarray(reader.pos, reader.pos + entry.postingsLength);
                reader.skip(entry.postingsLength);
              }
              entry.positionsLength = reader.varint();
              if (entry.positionsLength > 0) {
                entry.positionsPlace = reader.varint();
                if (entry.positionsPlace === 0) {
                  entry.positionBytes = bytes.subarray(reader.pos, reader.pos + entry.positionsLength);
                  reader.skip(entry.positionsLength);
                }
              }
              fields.push(entry);
            }
            entries.set(term, fields);
          }
          return entries;
        }));
      }
      return buckets.get(b);
    }

    function lookup(m, term) {
      return bucket(termHash(term) % m.buckets).then(function (entries) { return entries.get(term) || []; });
    }

    function postings(entry) {
      if (!entry.decoded) {
        var bytes = entry.postingsPlace === 0 ? Promise.resolve(entry.postingBytes)
          : range("postings.bin", entry.postingsPlace - 1, entry.postingsPlace - 1 + entry.postingsLength);
        entry.decoded = bytes.then(function (b) { return decodePostings(b, entry.docFreq); });
      }
      return entry.decoded;
    }

    /** Positions of a term in a field: one Int32Array per document of its postings. */
    function positions(entry) {
      if (!entry.positionsDecoded) {
        var bytes = entry.positionsPlace === 0 ? Promise.resolve(entry.positionBytes)
          : range("positions.bin", entry.positionsPlace - 1, entry.positionsPlace - 1 + entry.positionsLength);
        entry.positionsDecoded = Promise.all([bytes, postings(entry)]).then(function (both) {
          var reader = new Reader(both[0], 0);
          var freqs = both[1].freqs;
          var lists = new Array(freqs.length);
          for (var i = 0; i < freqs.length; i++) {
            var list = new Int32Array(freqs[i]);
            var position = 0;
            for (var k = 0; k < freqs[i]; k++) {
              position += reader.varint();
              list[k] = position;
            }
            lists[i] = list;
          }
          return lists;
        });
      }
      return entry.positionsDecoded;
    }

    function norms(m, field) {
      if (!normsCache.has(field)) {
        normsCache.set(field, range("norms.bin", field * m.documents, (field + 1) * m.documents));
      }
      return normsCache.get(field);
    }

    function facetColumns(m) {
      if (!facetsPromise) {
        facetsPromise = whole("facets.bin", true).then(function (bytes) {
          var reader = new Reader(bytes, 0);
          var n = m.documents;
          var columns = { values: JSON.parse(reader.string()), status: new Int32Array(n), current: new Uint8Array(n),
            kind: new Int32Array(n), year: new Int32Array(n), issuers: new Array(n) };
          for (var d = 0; d < n; d++) {
            var first = reader.varint();
            columns.status[d] = Math.floor(first / 2);
            columns.current[d] = first % 2;
            columns.kind[d] = reader.varint();
            columns.year[d] = reader.varint() - 1;
            var count = reader.varint();
            var list = [];
            for (var k = 0; k < count; k++) {
              list.push(reader.varint());
            }
            columns.issuers[d] = list;
          }
          return columns;
        });
      }
      return facetsPromise;
    }

    function dateColumns(m) {
      if (!datesPromise) {
        datesPromise = whole("dates.bin", true).then(function (bytes) {
          var reader = new Reader(bytes, 0);
          var n = m.documents;
          var columns = { date: new Float64Array(n), inForce: new Array(n) };
          for (var d = 0; d < n; d++) {
            var code = reader.varint();
            columns.date[d] = code === 0 ? -Infinity : m.minDay + code - 1;
            var count = reader.varint();
            var intervals = [];
            for (var k = 0; k < count; k++) {
              var from = reader.varint();
              var until = reader.varint();
              intervals.push([from === 0 ? -Infinity : m.minDay + from - 1, until === 0 ? Infinity : m.minDay + until - 1]);
            }
            columns.inForce[d] = intervals;
          }
          return columns;
        });
      }
      return datesPromise;
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
     * positions (null for a term), boost}. The proximity clause needs the body postings of the
     * words' tokens (their occurrence counts).
     */
    function leaves(m, query, entriesOf) {
      var list = [];
      var seen = {};
      function add(field, terms, positions, boost) {
        var key = field + "|" + JSON.stringify(terms) + "|" + JSON.stringify(positions);
        if (!seen[key]) {
          seen[key] = true;
          list.push({ field: field, terms: terms, positions: positions, boost: boost });
        }
      }
      var body = fieldIndex(m, "body"), title = fieldIndex(m, "title");
      query.terms.forEach(function (term) {
        m.fields.forEach(function (field, index) { add(index, [term], null, field.boost); });
      });
      query.phrases.forEach(function (phrase) {
        m.fields.forEach(function (field, index) { add(index, phrase.terms, phrase.positions, field.boost); });
      });
      return Promise.all(query.chunks.map(function (word) {
        return Promise.all(word.terms.map(function (term) {
          var entry = entryFor(entriesOf(term), body);
          return entry ? postings(entry).then(function (p) { return p.total; }) : 0;
        }));
      })).then(function (counts) {
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
        return list;
      });
    }

    /** {docs, scores, starts} of one leaf: a TermQuery or an exact PhraseQuery, BM25 with its boost. */
    function leafScores(m, leaf, entriesOf) {
      var field = m.fields[leaf.field];
      var entries = leaf.terms.map(function (term) { return entryFor(entriesOf(term), leaf.field); });
      if (entries.some(function (e) { return !e; })) {
        return Promise.resolve({ docs: [], scores: [], starts: null });
      }
      var cache = scorers[leaf.field];
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
      return Promise.all([Promise.all(entries.map(postings)), Promise.all(entries.map(positions)),
        norms(m, leaf.field)]).then(function (loaded) {
        var lists = loaded[0], positionLists = loaded[1], fieldNorms = loaded[2];
        // PhraseWeight: the idf of a phrase is the double sum of its terms' float idfs, as a float.
        var sum = 0;
        entries.forEach(function (e) { sum += idf(e.docFreq, field.docCount); });
        var weight = f(f(leaf.boost) * f(sum));
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
      var textEmpty = query.terms.length === 0 && query.phrases.length === 0;
      var termEntries = {};
      var tokens = query.terms.slice();
      query.phrases.forEach(function (p) { tokens = tokens.concat(p.terms); });
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
        // Start every download the query needs at once; scoring below reads them in order.
        Object.keys(termEntries).forEach(function (term) {
          termEntries[term].forEach(function (entry) {
            postings(entry);
            norms(m, entry.field);
          });
        });
        return Promise.all([leaves(m, query, entriesOf), numberDocs, request.on ? dateColumns(m) : null,
          facetColumns(m)]);
      }).then(function (loaded) {
        var leafList = loaded[0], exactDocs = loaded[1], dates = loaded[2], columns = loaded[3];
        return Promise.all(leafList.map(function (leaf) { return leafScores(m, leaf, entriesOf); }))
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
              for (var i = 0; i < result.docs.length; i++) {
                var doc = result.docs[i];
                add(doc, result.scores[i]);
                if (leafList[k].field === body && result.starts) {
                  anchors[doc] = anchors[doc] === undefined ? result.starts[i] : Math.min(anchors[doc], result.starts[i]);
                }
              }
            });
            // The FILTER clauses: every loose term, and every quoted phrase, in some scored field.
            var required = new Int32Array(n);
            var requirements = 0;
            query.terms.forEach(function (term) {
              requirements++;
              markAny(results, leafList, required, function (leaf) {
                return leaf.positions === null && leaf.terms[0] === term;
              });
            });
            query.phrases.forEach(function (phrase) {
              requirements++;
              var key = JSON.stringify([phrase.terms, phrase.positions]);
              markAny(results, leafList, required, function (leaf) {
                return leaf.positions !== null && JSON.stringify([leaf.terms, leaf.positions]) === key;
              });
            });
            var exact = new Uint8Array(n);
            exactDocs.forEach(function (d) { exact[d] = 1; });
            var docs = [];
            var scores = new Float32Array(n);
            for (var d = 0; d < n; d++) {
              // FILTER: (every requirement) or (the exact 发文字号), and the date.
              if ((required[d] !== requirements && !exact[d]) || (dates && !inForceOn(dates.inForce[d], request.onDay))) {
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
              docs.push(d);
            }
            return { docs: docs, scores: scores, columns: columns, exact: exact, inexact: inexact, anchors: anchors };
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
     * sort: "relevance" | "date", limit}. Resolves to {total, hits: [{ord, score}], facets:
     * {status: {key: count}, kind, issuer, year}, facetValues, query, exact: [ords], anchors,
     * inexact}: the facet counts of FacetCounter, hits sorted like IndexSearch.sort.
     */
    function search(request) {
      request = normalizeRequest(request);
      return meta().then(function (m) {
        var query = parseQuery(request.q);
        var textEmpty = query.terms.length === 0 && query.phrases.length === 0;
        var filtered = request.status.length || request.kind.length || request.issuer.length ||
          request.year.length || request.on;
        if (textEmpty && !filtered) {
          return facetColumns(m).then(function (columns) {
            return { total: 0, hits: [], facets: { status: {}, kind: {}, issuer: {}, year: {} },
              facetValues: columns.values, query: query, exact: [], anchors: {}, inexact: 0 };
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
                  counts[k][names[k][code]] = (counts[k][names[k][code]] || 0) + 1;
                });
              }
            }
            if (failing === 0) {
              hits.push(d);
            }
          });
          var scores = matched.scores;
          hits.sort(sortByDate ? function (a, b) {
            return dates.date[a] === dates.date[b] ? a - b : (dates.date[b] > dates.date[a] ? 1 : -1);
          } : function (a, b) {
            return scores[a] === scores[b] ? a - b : (scores[b] > scores[a] ? 1 : -1);
          });
          var top = hits.slice(0, request.limit);
          var anchors = {};
          top.forEach(function (d) {
            if (matched.anchors[d] !== undefined) {
              anchors[d] = matched.anchors[d];
            }
          });
          return {
            total: hits.length,
            hits: top.map(function (d) { return { ord: d, score: scores[d] }; }),
            facets: { status: counts[0], kind: counts[1], issuer: counts[2], year: counts[3] },
            facetValues: values,
            query: query,
            exact: hits.filter(function (d) { return matched.exact[d]; }).sort(function (a, b) { return a - b; }),
            anchors: anchors,
            inexact: matched.inexact
          };
        });
      });
    }

    /** The head of a document: {record, textStart (byte in docs.bin), end, head (bytes)}. */
    function documentHead(ord) {
      if (!documents.has(ord)) {
        documents.set(ord, range("docs.idx", 4 * ord, 4 * ord + 8).then(function (idx) {
          var start = u32(idx, 0), end = u32(idx, 4);
          return range("docs.bin", start, Math.min(end, start + HEAD)).then(function (head) {
            var reader = new Reader(head, 0);
            var size = reader.varint();
            var more = reader.pos + size > head.length ? range("docs.bin", start, start + reader.pos + size)
              : Promise.resolve(head);
            return more.then(function (bytes) {
              var r = new Reader(bytes, 0);
              var length = r.varint();
              var record = JSON.parse(utf8(bytes.subarray(r.pos, r.pos + length)));
              return { record: record, textStart: start + r.pos + length, head: { start: start, bytes: bytes } };
            });
          });
        }));
      }
      return documents.get(ord);
    }

    /** The listed record of a hit. */
    function record(ord) {
      return documentHead(ord).then(function (doc) { return doc.record; });
    }

    /** Text [from, to) of a hit's body (UTF-16 offsets, clipped to the text). */
    function text(ord, from, to) {
      return documentHead(ord).then(function (doc) {
        from = Math.max(0, Math.min(from, doc.record.length));
        to = Math.max(from, Math.min(to, doc.record.length));
        var begin = doc.textStart + 2 * from, end = doc.textStart + 2 * to;
        var head = doc.head;
        var bytes = begin >= head.start && end <= head.start + head.bytes.length
          ? Promise.resolve(head.bytes.subarray(begin - head.start, end - head.start)) : range("docs.bin", begin, end);
        return bytes.then(function (b) {
          var out = "";
          for (var i = 0; i + 1 < b.length; i += 2) {
            out += String.fromCharCode(b[i] | (b[i + 1] << 8));
          }
          return { text: out, from: from, to: to, length: doc.record.length };
        });
      });
    }

    /**
     * A snippet of a hit: `size` characters of its body from a little before the first match the
     * search located there (a phrase or proximity match), else from its start, with the query's
     * tokens marked: {text, marks: [[start, end]], from, to, length}.
     */
    function snippet(result, ord, size) {
      size = size || 120;
      var anchor = result.anchors && result.anchors[ord] !== undefined ? result.anchors[ord] : 0;
      var from = Math.max(0, anchor - Math.floor(size / 4));
      return text(ord, from, from + size).then(function (piece) {
        piece.marks = marks(piece.text, result.query);
        return piece;
      });
    }

    return {
      meta: meta,
      search: search,
      record: record,
      text: text,
      snippet: snippet,
      lookup: function (term) {
        return meta().then(function (m) { return lookup(m, term); });
      }
    };
  }

  function contains(sorted, value) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === value) {
        return true;
      }
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
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

  /** Spans of `text` where a token of the query occurs (overlapping spans merged). */
  function marks(text, query) {
    var mapped = mapAll(text);
    var tokens = query.terms.slice();
    query.phrases.forEach(function (p) { tokens = tokens.concat(p.terms); });
    var spans = [];
    tokens.forEach(function (token) {
      for (var at = mapped.indexOf(token); at >= 0; at = mapped.indexOf(token, at + 1)) {
        spans.push([at, at + token.length]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (span) {
      var last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.push([span[0], span[1]]);
      }
    });
    return merged;
  }

  /**
   * A loader that reads the index over HTTP from `base` (a URL ending in search/index/): whole
   * files with GET, parts with a Range request; a server that ignores Range answers 200 with the
   * whole file, which is then kept and sliced for later parts.
   */
  function httpLoader(base) {
    var whole = {};
    function url(path) {
      return new URL(path, base).href;
    }
    function failed(response, path) {
      throw new Error("HTTP " + response.status + " for " + path);
    }
    return {
      get: function (path) {
        return fetch(url(path)).then(function (response) {
          return response.ok ? response.arrayBuffer() : failed(response, path);
        }).then(function (buffer) { return new Uint8Array(buffer); });
      },
      range: function (path, start, end) {
        if (whole[path]) {
          return whole[path].then(function (bytes) { return { bytes: bytes, start: 0 }; });
        }
        return fetch(url(path), { headers: { Range: "bytes=" + start + "-" + (end - 1) } }).then(function (response) {
          if (response.status === 206) {
            var match = /bytes (\d+)-/.exec(response.headers.get("Content-Range") || "");
            var from = match ? Number(match[1]) : start;
            return response.arrayBuffer().then(function (buffer) { return { bytes: new Uint8Array(buffer), start: from }; });
          }
          if (!response.ok) {
            return failed(response, path);
          }
          whole[path] = response.arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
          return whole[path].then(function (bytes) { return { bytes: bytes, start: 0 }; });
        });
      }
    };
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
    httpLoader: httpLoader,
    parseQuery: parseQuery,
    marks: marks,
    docNumberKey: docNumberKey,
    scan: scan,
    mapAll: mapAll,
    termHash: termHash,
    byte4ToInt: byte4ToInt,
    idf: idf,
    normCache: normCache,
    bm25: bm25
  };
}));
