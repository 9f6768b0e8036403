// OpenGazette search runtime, part 1 of 3: analysis. Cuts text into the index's tokens exactly
// like the Java side (org.opengazette.search.TextNormalizer, BigramScanner, QueryText) and marks
// query tokens in text for highlighting. Plain JavaScript; browsers get
// window.GazetteSearchAnalysis, Node gets module.exports.
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.GazetteSearchAnalysis = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  // ---- Characters and tokens (TextNormalizer, BigramScanner) ----------------------------------

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

  /** QueryText.MAX_CHARS: the longest query analysed, in code points. */
  var MAX_QUERY_CHARS = 50;

  /** QueryText's stand-ins in the loose text: OR for the word OR, QUOTED + i for quoted part i. */
  var OR = 0xE000, QUOTED = 0xE001;
  var SPACES = " \t\n\r\f\u000B";

  function tokensOf(text) {
    var spans = scan(text);
    return {
      terms: spans.map(function (s) { return text.substring(s[0], s[1]); }),
      positions: spans.map(function (s) { return s[0] - spans[0][0]; })
    };
  }

  /** Adds `value` to `list` unless an equal one (by JSON) is there. */
  function addOnce(list, seen, value) {
    var key = typeof value === "string" ? value : JSON.stringify(value);
    if (!Object.prototype.hasOwnProperty.call(seen, key)) {
      seen[key] = true;
      list.push(value);
    }
  }

  /**
   * {terms: [..], phrases: [{terms, positions}], alternatives: [{terms, phrases}], chunks: [{terms,
   * positions}], excluded: [{terms, positions}], numberKey, truncated} — see QueryText.parse.
   */
  function parseQuery(text) {
    var chars = Array.from(text || "");
    var truncated = chars.length > MAX_QUERY_CHARS;
    text = chars.slice(0, MAX_QUERY_CHARS).join("");
    var mapped = mapAll(text);
    var loose = "";
    var quoted = [];
    var i = 0;
    while (i < mapped.length) {
      var c = mapped.charAt(i);
      var close = CLOSERS[c];
      if (!close) {
        if (text.substring(i, i + 2) === "OR" && (i === 0 || SPACES.indexOf(mapped.charAt(i - 1)) >= 0) &&
            (i + 2 === mapped.length || SPACES.indexOf(mapped.charAt(i + 2)) >= 0)) {
          loose += " " + String.fromCharCode(OR) + " ";
          i += 2;
          continue;
        }
        var code = mapped.charCodeAt(i);
        loose += code >= OR && code < QUOTED + MAX_QUERY_CHARS ? " " : c;
        i++;
        continue;
      }
      var end = mapped.indexOf(close, i + 1);
      if (end < 0) {
        end = mapped.length;
      }
      loose += " " + String.fromCharCode(QUOTED + quoted.length) + " ";
      quoted.push(tokensOf(mapped.substring(i + 1, end)));
      i = end + 1;
    }
    var terms = [], seenTerms = {};
    var phrases = [], seenPhrases = {};
    quoted.forEach(function (part) {
      if (part.terms.length === 1) {
        addOnce(terms, seenTerms, part.terms[0]);
      } else if (part.terms.length > 1) {
        addOnce(phrases, seenPhrases, part);
      }
    });
    var chunks = [], seenChunks = {};
    var excluded = [], seenExcluded = {};
    var alternatives = [];
    var current = { terms: [], phrases: [] }, seenCurrent = {};
    (loose + " " + String.fromCharCode(OR)).split(/[ \t\n\r\f\u000B]+/).forEach(function (chunk) {
      var code = chunk.length === 1 ? chunk.charCodeAt(0) : -1;
      if (code === OR) {
        if (current.terms.length || current.phrases.length) {
          alternatives.push(current);
        }
        current = { terms: [], phrases: [] };
        seenCurrent = {};
        return;
      }
      if (code >= QUOTED && code < QUOTED + quoted.length) {
        var part = quoted[code - QUOTED];
        if (part.terms.length === 1) {
          addOnce(current.terms, seenCurrent, part.terms[0]);
        } else if (part.terms.length > 1) {
          addOnce(current.phrases, seenCurrent, part);
        }
        return;
      }
      if (chunk.length > 1 && chunk.charAt(0) === "-") {
        var without = tokensOf(chunk.substring(1));
        if (without.terms.length > 0) {
          addOnce(excluded, seenExcluded, without);
        }
        return;
      }
      var word = tokensOf(chunk);
      word.terms.forEach(function (term) {
        addOnce(terms, seenTerms, term);
        addOnce(current.terms, seenCurrent, term);
      });
      if (word.terms.length > 1) {
        addOnce(chunks, seenChunks, word);
      }
    });
    return { terms: terms, phrases: phrases, alternatives: alternatives, chunks: chunks, excluded: excluded,
      numberKey: docNumberKey(text), truncated: truncated };
  }

  /**
   * Spans of `text` where it has a token of the query, as the index has it (overlapping spans
   * merged): the text is cut into tokens like a document, so the 7 of 法释〔2024〕7号 does not
   * mark the 7 inside 27日, whose token is 27.
   */
  function marks(text, query) {
    var mapped = mapAll(text);
    var wanted = {};
    query.terms.forEach(function (t) { wanted[t] = true; });
    query.phrases.forEach(function (p) { p.terms.forEach(function (t) { wanted[t] = true; }); });
    var spans = scan(mapped).filter(function (s) {
      return Object.prototype.hasOwnProperty.call(wanted, mapped.substring(s[0], s[1]));
    });
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

  return { mapAll: mapAll, scan: scan, docNumberKey: docNumberKey, parseQuery: parseQuery, marks: marks,
    maxQueryChars: MAX_QUERY_CHARS };
}));
