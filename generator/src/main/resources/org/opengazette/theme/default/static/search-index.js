// OpenGazette search runtime, part 2 of 3: reading the static index. Decodes the files that
// org.opengazette.search.StaticExport writes (the byte layout is documented there and in the
// README, "Search") and fetches only what a query needs: small files whole, and byte ranges of
// the large ones. Browsers get window.GazetteSearchIndex, Node gets module.exports.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.GazetteSearchIndex = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // ---- Bytes: varints, strings, gzip, term hash, postings -----------------------------------------

  /** Reads unsigned LEB128 varints and varint-prefixed UTF-8 strings from a Uint8Array. */
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

  /** Frequencies a block of postings holds (TermExport.FREQ_BLOCK). */
  var FREQ_BLOCK = 128;

  /**
   * The documents part of postings (see StaticExport), bytes [0, H): {docs (Int32Array of the
   * `count` ordinals), blocks (the byte length of each block of FREQ_BLOCK frequencies),
   * positionBlocks (of their positions; empty in a field without positions)}.
   */
  function decodeDocs(bytes, count) {
    var docs = new Int32Array(count);
    var reader = new Reader(bytes, 0);
    if (reader.varint() === 0) {
      var doc = -1;
      for (var i = 0; i < count; i++) {
        doc += reader.varint();
        docs[i] = doc;
      }
    } else {
      var first = reader.varint();
      var size = reader.varint();
      var found = 0;
      for (var at = 0; at < size; at++) {
        var byte = bytes[reader.pos + at];
        for (var bit = 0; byte !== 0; bit++, byte >>= 1) {
          if (byte & 1) {
            docs[found++] = first + 8 * at + bit;
          }
        }
      }
      reader.skip(size);
    }
    var blocks = new Array(Math.ceil(count / FREQ_BLOCK));
    for (var b = 0; b < blocks.length; b++) {
      blocks[b] = reader.varint();
    }
    var positionBlocks = [];
    while (reader.pos < bytes.length) {
      positionBlocks.push(reader.varint());
    }
    return { docs: docs, blocks: blocks, positionBlocks: positionBlocks };
  }

  /** `count` frequencies, varints from `bytes`, into `freqs` from index `at`. */
  function decodeFreqs(bytes, freqs, at, count) {
    var reader = new Reader(bytes, 0);
    for (var i = 0; i < count; i++) {
      freqs[at + i] = reader.varint();
    }
  }

  /** The sum of the freqs: Lucene's total term frequency. */
  function total(freqs) {
    var sum = 0;
    for (var i = 0; i < freqs.length; i++) {
      sum += freqs[i];
    }
    return sum;
  }

  /**
   * How far apart two ranges of a file may lie and still be read as one: where each range is a
   * request of its own, up to 16 kB (a request costs a round trip, and a browser opens at most six
   * connections to a host); where the ranges of a file go in one multipart/byteranges request, no
   * more than a part's own headers cost (about 100 bytes).
   */
  var SEPARATE_GAP = 16384;
  var MULTIPART_GAP = 128;

  /**
   * A loader that reads the index over HTTP from `base` (a URL ending in search/index/): whole
   * files with GET, parts with a Range request. The first ranged answer tells whether the server
   * honours Range (206); one that does not (200) gets each file asked for once, whole, and the
   * parts are cut from it. Ranged reads wait for that first answer, so that such a server is
   * never asked for a whole file twice.
   */
  function httpLoader(base) {
    var whole = {};
    var ranges = null;
    function url(path) {
      return new URL(path, base).href;
    }
    function bytesOf(response, path) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status + " for " + path);
      }
      return response.arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
    }
    function wholeFile(path) {
      if (!whole[path]) {
        whole[path] = fetch(url(path)).then(function (response) { return bytesOf(response, path); });
      }
      return whole[path].then(function (bytes) { return { bytes: bytes, start: 0 }; });
    }
    function ranged(path, start, end) {
      return fetch(url(path), { headers: { Range: "bytes=" + start + "-" + (end - 1) } }).then(function (response) {
        if (response.status !== 206) {
          whole[path] = bytesOf(response, path);
          return { ignored: true, got: whole[path].then(function (bytes) { return { bytes: bytes, start: 0 }; }) };
        }
        var match = /bytes (\d+)-/.exec(response.headers.get("Content-Range") || "");
        var from = match ? Number(match[1]) : start;
        return { ignored: false, got: bytesOf(response, path).then(function (bytes) { return { bytes: bytes, start: from }; }) };
      });
    }
    /**
     * Whether the server answers a request for several ranges with multipart/byteranges (asked
     * once, of meta.json, which is small whatever the answer). A partial answer (206) also tells
     * that the server honours Range, so that no later read waits on another's answer to learn it.
     */
    var multipart = null;
    function multi() {
      if (!multipart) {
        multipart = fetch(url("meta.json"), { headers: { Range: "bytes=0-0,2-2" } }).then(function (response) {
          if (response.status === 206 && !ranges) {
            ranges = Promise.resolve(true);
          }
          var yes = response.status === 206 && /multipart\/byteranges/i.test(response.headers.get("Content-Type") || "");
          return response.arrayBuffer().then(function () { return yes; });
        }, function () { return false; });
      }
      return multipart;
    }
    var loader = {
      get: function (path) {
        return wholeFile(path).then(function (got) { return got.bytes; });
      },
      range: function (path, start, end) {
        if (!ranges) {
          var first = ranged(path, start, end);
          ranges = first.then(function (answer) { return !answer.ignored; });
          return first.then(function (answer) { return answer.got; });
        }
        return ranges.then(function (supported) {
          return supported ? ranged(path, start, end).then(function (answer) { return answer.got; })
            : wholeFile(path);
        });
      },
      /** Several ranges [{start, end}] of a file in one request where the server can; one {bytes, start} each. */
      ranges: function (path, wanted) {
        return Promise.all([multi(), ranges]).then(function (can) {
          if (!can[0] || can[1] === false) {
            return Promise.all(wanted.map(function (w) { return loader.range(path, w.start, w.end); }));
          }
          var header = "bytes=" + wanted.map(function (w) { return w.start + "-" + (w.end - 1); }).join(",");
          return fetch(url(path), { headers: { Range: header } }).then(function (response) {
            var type = response.headers.get("Content-Type") || "";
            var boundary = /boundary=/i.test(type);
            var match = /bytes (\d+)-/.exec(response.headers.get("Content-Range") || "");
            return bytesOf(response, path).then(function (bytes) {
              if (response.status !== 206) {
                return wanted.map(function () { return { bytes: bytes, start: 0 }; });
              }
              if (!boundary) {
                var from = match ? Number(match[1]) : wanted[0].start;
                return wanted.map(function () { return { bytes: bytes, start: from }; });
              }
              var parts = byteRanges(bytes);
              return wanted.map(function (w) {
                return parts.filter(function (part) {
                  return part.start <= w.start && w.end <= part.start + part.bytes.length;
                })[0];
              });
            });
          });
        });
      },
      /** Starts what the loader learns about the server before the first query. */
      prepare: function () {
        return multi();
      },
      /** How far apart ranges may lie to be read as one (SEPARATE_GAP, MULTIPART_GAP). */
      gap: function () {
        return Promise.all([multi(), ranges]).then(function (can) {
          return can[0] && can[1] !== false ? MULTIPART_GAP : SEPARATE_GAP;
        });
      }
    };
    return loader;
  }

  /** The parts of a multipart/byteranges body: [{start, bytes}], each from its Content-Range. */
  function byteRanges(body) {
    var parts = [];
    var at = 0;
    while (at < body.length) {
      var blank = -1;
      for (var i = at; i + 3 < body.length; i++) {
        if (body[i] === 13 && body[i + 1] === 10 && body[i + 2] === 13 && body[i + 3] === 10) {
          blank = i;
          break;
        }
      }
      if (blank < 0) {
        break;
      }
      var head = String.fromCharCode.apply(null, body.subarray(at, blank));
      var range = /content-range:\s*bytes (\d+)-(\d+)/i.exec(head);
      if (!range) {
        break;
      }
      var start = Number(range[1]), length = Number(range[2]) - start + 1;
      parts.push({ start: start, bytes: body.subarray(blank + 4, blank + 4 + length) });
      at = blank + 4 + length;
    }
    return parts;
  }

  /**
   * The export seen through a loader (paths relative to search/index/). The loader has two
   * methods: `get(path)` resolves to the bytes of a whole file, `range(path, start, end)` to
   * {bytes, start} holding at least bytes [start, end) of the file, bytes[0] being file byte
   * `start` (a loader whose server ignores Range answers with the whole file and start 0).
   * Optional: `ranges(path, [{start, end}])`, several ranges in one request; `prepare()`, which
   * starts learning what the server can as the index opens; `gap()`, a promise of how far apart
   * ranges may lie to be read as one (else 16 kB). Everything read is kept, so a second use costs
   * nothing.
   */
  function openIndex(loader) {
    var wholeFiles = new Map();
    var metaPromise = null;
    var buckets = new Map();
    var normsCache = new Map();
    var facetsPromise = null;
    var datesPromise = null;
    var documents = new Map();
    var pending = null;
    var prefetched = null;

    /** meta.json, parsed; field number F = fields.length is the exact 发文字号 key. */
    function meta() {
      if (!metaPromise) {
        if (loader.prepare) {
          loader.prepare();
        }
        metaPromise = whole("meta.json", false).then(function (bytes) {
          var m = JSON.parse(utf8(bytes));
          if (m.format !== 4) {
            throw new Error("unsupported search index format " + m.format);
          }
          m.numberField = m.fields.length;
          return m;
        });
      }
      return metaPromise;
    }

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

    /**
     * Exactly bytes [start, end) of a file. The ranges asked for in one turn of the event loop are
     * fetched together: per file, sorted, those that overlap or lie at most the loader's gap apart
     * are one range, and a file's ranges go in one request where the loader can
     * (multipart/byteranges), so that a query's round of reads is a request per file, not one per
     * term and field.
     */
    function range(path, start, end) {
      if (end <= start) {
        return Promise.resolve(new Uint8Array(0));
      }
      return new Promise(function (resolve, reject) {
        if (!pending) {
          pending = new Map();
          setTimeout(flush, 0);
        }
        if (!pending.has(path)) {
          pending.set(path, []);
        }
        pending.get(path).push({ start: start, end: end, resolve: resolve, reject: reject });
      });
    }

    function flush() {
      var batch = pending;
      pending = null;
      Promise.resolve(loader.gap ? loader.gap() : SEPARATE_GAP).then(function (gap) {
        read(batch, gap);
      });
    }

    function read(batch, gap) {
      batch.forEach(function (wanted, path) {
        wanted.sort(function (a, b) { return a.start - b.start; });
        var reads = [];
        wanted.forEach(function (want) {
          var last = reads[reads.length - 1];
          if (last && want.start <= last.end + gap) {
            last.end = Math.max(last.end, want.end);
            last.wanted.push(want);
          } else {
            reads.push({ start: want.start, end: want.end, wanted: [want] });
          }
        });
        var answers = reads.length > 1 && loader.ranges ? Promise.resolve(loader.ranges(path, reads))
          : Promise.all(reads.map(function (read) { return loader.range(path, read.start, read.end); }));
        answers.then(function (got) {
          reads.forEach(function (read, k) {
            var bytes = got[k].bytes instanceof Uint8Array ? got[k].bytes : new Uint8Array(got[k].bytes);
            read.wanted.forEach(function (want) {
              want.resolve(bytes.subarray(want.start - got[k].start, want.end - got[k].start));
            });
          });
        }, function (error) {
          reads.forEach(function (read) {
            read.wanted.forEach(function (want) { want.reject(error); });
          });
        });
      });
    }

    /**
     * Reads what every query needs, before there is one: meta.json, the dictionary's index
     * (terms.idx) and the facet columns. The page calls it when it
     * opens and when the search box gets the focus; a query then starts with the dictionary's
     * buckets. Resolves when all is read; calling it again costs nothing.
     */
    function prefetch() {
      if (!prefetched) {
        var prepared = loader.prepare ? loader.prepare() : null;
        prefetched = meta().then(function (m) {
          return Promise.all([whole("terms.idx", false), facetColumns(m), prepared]);
        });
      }
      return prefetched;
    }

    /** Offset `at` of terms.idx: from the whole file when prefetched. */
    function offsets(path, at) {
      if (prefetched) {
        return whole(path, false).then(function (bytes) { return bytes.subarray(4 * at, 4 * at + 8); });
      }
      return range(path, 4 * at, 4 * at + 8);
    }

    function u32(bytes, at) {
      return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 16777216;
    }

    /** A bucket of the dictionary: Map term → [{field, docFreq, postings…, positions…}]. */
    function bucket(b) {
      if (!buckets.has(b)) {
        buckets.set(b, offsets("terms.idx", b).then(function (idx) {
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
              var entry = { field: reader.varint(), docFreq: reader.varint(), total: reader.varint(),
                postingsLength: reader.varint(), postingsHead: reader.varint(),
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

    /** Bytes [from, to) of a term's postings, inline or from postings.bin. */
    function postingBytes(entry, from, to) {
      return entry.postingsPlace === 0 ? Promise.resolve(entry.postingBytes.subarray(from, to))
        : range("postings.bin", entry.postingsPlace - 1 + from, entry.postingsPlace - 1 + to);
    }

    /** A term's postings in a field, whole: {docs, freqs, total occurrences}. */
    function postings(entry) {
      if (!entry.decoded) {
        entry.decoded = postingBytes(entry, 0, entry.postingsLength).then(function (b) {
          var list = decodeDocs(b.subarray(0, entry.postingsHead), entry.docFreq);
          var freqs = new Int32Array(entry.docFreq);
          decodeFreqs(b.subarray(entry.postingsHead), freqs, 0, entry.docFreq);
          return { docs: list.docs, blocks: list.blocks, positionBlocks: list.positionBlocks, freqs: freqs,
            total: total(freqs) };
        });
      }
      return entry.decoded;
    }

    /**
     * Which documents have a term in a field, without the frequencies (the first H bytes of its
     * postings): {docs, blocks}. Reads nothing more when the whole postings are read.
     */
    function termDocuments(entry) {
      if (!entry.documents) {
        entry.documents = entry.decoded ? entry.decoded
          : postingBytes(entry, 0, entry.postingsHead).then(function (b) { return decodeDocs(b, entry.docFreq); });
      }
      return entry.documents;
    }

    /**
     * The frequencies of the postings at `indexes` (ascending indexes into the documents): an
     * Int32Array by index, read in the blocks that hold them, each block once.
     */
    function freqsAt(entry, indexes) {
      if (entry.decoded) {
        return entry.decoded.then(function (list) { return list.freqs; });
      }
      return termDocuments(entry).then(function (list) {
        entry.freqs = entry.freqs || new Int32Array(entry.docFreq);
        entry.blocksRead = entry.blocksRead || new Map();
        return readBlocks(list.blocks, entry.postingsHead, indexes, entry.blocksRead, function (block, start, end) {
          return postingBytes(entry, start, end).then(function (bytes) {
            var at = block * FREQ_BLOCK;
            decodeFreqs(bytes, entry.freqs, at, Math.min(FREQ_BLOCK, entry.docFreq - at));
          });
        }).then(function () { return entry.freqs; });
      });
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

    /**
     * The positions of the postings at `indexes` (ascending): an array by index of Int32Arrays,
     * read in the blocks that hold them, each block once, in the same round as their frequencies
     * (which split a block's positions by document).
     */
    function positionsAt(entry, indexes) {
      if (entry.positionsDecoded) {
        return entry.positionsDecoded;
      }
      var freqsRead = freqsAt(entry, indexes);
      return termDocuments(entry).then(function (list) {
        entry.positionLists = entry.positionLists || new Array(entry.docFreq);
        entry.positionBlocksRead = entry.positionBlocksRead || new Map();
        return readBlocks(list.positionBlocks, 0, indexes, entry.positionBlocksRead, function (block, start, end) {
          var bytes = entry.positionsPlace === 0 ? Promise.resolve(entry.positionBytes.subarray(start, end))
            : range("positions.bin", entry.positionsPlace - 1 + start, entry.positionsPlace - 1 + end);
          return Promise.all([bytes, freqsRead]).then(function (both) {
            var reader = new Reader(both[0], 0), freqs = both[1];
            var last = Math.min(entry.docFreq, (block + 1) * FREQ_BLOCK);
            for (var at = block * FREQ_BLOCK; at < last; at++) {
              var positionList = new Int32Array(freqs[at]);
              var position = 0;
              for (var k = 0; k < freqs[at]; k++) {
                position += reader.varint();
                positionList[k] = position;
              }
              entry.positionLists[at] = positionList;
            }
          });
        }).then(function () { return entry.positionLists; });
      });
    }

    /**
     * Reads, each once, the blocks of FREQ_BLOCK postings that hold the postings at `indexes`:
     * block b is bytes [start, end) where the starts are the running sums of `lengths` from
     * `first`; `read(block, start, end)` reads and decodes one, `cache` (a Map) keeps its promise.
     */
    function readBlocks(lengths, first, indexes, cache, read) {
      var starts = [first];
      for (var b = 0; b < lengths.length; b++) {
        starts.push(starts[b] + lengths[b]);
      }
      return Promise.all(indexes.map(function (i) {
        var block = Math.floor(i / FREQ_BLOCK);
        if (!cache.has(block)) {
          cache.set(block, read(block, starts[block], starts[block + 1]));
        }
        return cache.get(block);
      }));
    }

    /** Lucene's norm bytes of a field, one per ordinal: the field's gzip member of norms.bin. */
    function norms(m, field) {
      if (!normsCache.has(field)) {
        var place = m.fields[field].norms;
        normsCache.set(field, range("norms.bin", place[0], place[1]).then(gunzip));
      }
      return normsCache.get(field);
    }

    function facetColumns(m) {
      if (!facetsPromise) {
        facetsPromise = whole("facets.bin", true).then(function (bytes) {
          var reader = new Reader(bytes, 0);
          var n = m.documents;
          var columns = { values: JSON.parse(reader.string()), status: new Int32Array(n), current: new Uint8Array(n),
            document: new Int32Array(n), kind: new Int32Array(n), year: new Int32Array(n), issuers: new Array(n) };
          var documentNumber = -1;
          for (var d = 0; d < n; d++) {
            var code = reader.varint();
            columns.status[d] = Math.floor(code / 4);
            documentNumber += (code >> 1) & 1;
            columns.document[d] = documentNumber;
            columns.current[d] = code % 2;
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

    /**
     * A version's slot of records.bin (its place is its ordinal times the slot size, so no index
     * is read): {record, opening (the body's first UTF-16 units, UTF-16LE)}.
     */
    function documentHead(ord) {
      if (!documents.has(ord)) {
        documents.set(ord, meta().then(function (m) {
          return range("records.bin", ord * m.recordBytes, (ord + 1) * m.recordBytes).then(function (slot) {
            var reader = new Reader(slot, 0);
            var length = reader.varint();
            var record = JSON.parse(utf8(slot.subarray(reader.pos, reader.pos + length)));
            var opening = slot.subarray(reader.pos + length, reader.pos + length + 2 * Math.min(m.opening, record.body));
            return { record: record, opening: opening };
          });
        }));
      }
      return documents.get(ord);
    }

    /** The listed record of a hit. */
    function record(ord) {
      return documentHead(ord).then(function (doc) { return doc.record; });
    }

    /**
     * Text [from, to) of a hit's body (UTF-16 offsets, clipped to the body: the custom fields after
     * it are indexed but never shown).
     */
    function text(ord, from, to) {
      return documentHead(ord).then(function (doc) {
        var body = doc.record.body;
        from = Math.max(0, Math.min(from, body));
        to = Math.max(from, Math.min(to, body));
        var bytes = 2 * to <= doc.opening.length ? Promise.resolve(doc.opening.subarray(2 * from, 2 * to))
          : range("texts.bin", doc.record.text + 2 * from, doc.record.text + 2 * to);
        return bytes.then(function (b) {
          var out = "";
          for (var i = 0; i + 1 < b.length; i += 2) {
            out += String.fromCharCode(b[i] | (b[i + 1] << 8));
          }
          return { text: out, from: from, to: to, length: body };
        });
      });
    }

    return {
      meta: meta,
      prefetch: prefetch,
      lookup: lookup,
      postings: postings,
      termDocuments: termDocuments,
      freqsAt: freqsAt,
      positionsAt: positionsAt,
      positions: positions,
      norms: norms,
      facetColumns: facetColumns,
      dateColumns: dateColumns,
      record: record,
      text: text
    };
  }

  return { openIndex: openIndex, httpLoader: httpLoader, termHash: termHash, multipartGap: MULTIPART_GAP };
}));
