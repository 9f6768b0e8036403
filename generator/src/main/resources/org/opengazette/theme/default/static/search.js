// OpenGazette search page (templates/search.ftlh). The query and filters live in the URL
// (?q=…&status=…&kind=…&issuer=…&year=…&on=YYYY-MM-DD&sort=date&page=N), so results can be
// linked; search-engine.js answers from the static index in search/index/, reading it with HTTP
// Range requests (GazetteSearch.httpLoader). Hits are rendered as links, in rank order, into
// [data-search-results], one per document (a historical version labelled, the document's other
// matching versions folded in a <details>); the count goes to a live region. The DOM is built with textContent only.
(function () {
  "use strict";
  var FACETS = ["status", "kind", "issuer", "year"];
  var PAGE = 10;

  function stateFrom(search) {
    var params = new URLSearchParams(search);
    var state = { q: params.get("q") || "", on: params.get("on") || "", sort: params.get("sort") === "date" ? "date" : "relevance",
      page: Math.max(1, parseInt(params.get("page"), 10) || 1) };
    FACETS.forEach(function (facet) { state[facet] = params.getAll(facet).filter(Boolean); });
    return state;
  }

  function queryString(state) {
    var params = new URLSearchParams();
    if (state.q) {
      params.set("q", state.q);
    }
    FACETS.forEach(function (facet) {
      state[facet].forEach(function (value) { params.append(facet, value); });
    });
    if (state.on) {
      params.set("on", state.on);
    }
    if (state.sort === "date") {
      params.set("sort", "date");
    }
    if (state.page > 1) {
      params.set("page", String(state.page));
    }
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function copy(state) {
    var next = { q: state.q, on: state.on, sort: state.sort, page: state.page };
    FACETS.forEach(function (facet) { next[facet] = state[facet].slice(); });
    return next;
  }

  function filtered(state) {
    return FACETS.some(function (facet) { return state[facet].length > 0; }) || !!state.on;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /** Appends text with the given spans wrapped in <mark>. */
  function appendMarked(parent, text, marks) {
    var at = 0;
    marks.forEach(function (span) {
      if (span[0] > at) {
        parent.appendChild(document.createTextNode(text.substring(at, span[0])));
      }
      parent.appendChild(element("mark", null, text.substring(span[0], span[1])));
      at = span[1];
    });
    if (at < text.length) {
      parent.appendChild(document.createTextNode(text.substring(at)));
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.querySelector("[data-search]");
    if (!section || !window.GazetteSearch) {
      return;
    }
    var t = section.dataset;
    var form = section.querySelector("[data-search-form]");
    var input = form.elements.q;
    var statusLine = section.querySelector("[data-search-status]");
    var results = section.querySelector("[data-search-results]");
    var facetsBox = section.querySelector("[data-search-facets]");
    var exactBox = section.querySelector("[data-search-exact]");
    var moreBox = section.querySelector("[data-search-more]");
    var root = new URL(section.dataset.root, location.href);
    var engine = GazetteSearch.createEngine(GazetteSearch.httpLoader(new URL(section.dataset.index, location.href)));
    var current = stateFrom(location.search);
    var generation = 0;

    function labelOf(values, facet, key) {
      if (facet === "status" || facet === "kind") {
        var found = values[facet].filter(function (v) { return v.key === key; })[0];
        return found ? found.label : key;
      }
      return key;
    }

    function toForm(state) {
      input.value = state.q;
      form.elements.sort.value = state.sort;
      form.elements.on.value = state.on;
    }

    function link(state, text) {
      var a = element("a", null, text);
      a.href = location.pathname + queryString(state);
      a.addEventListener("click", function (event) {
        event.preventDefault();
        go(state, true);
      });
      return a;
    }

    function go(state, push) {
      current = state;
      var url = location.pathname + queryString(state);
      if (push) {
        history.pushState(null, "", url);
      } else {
        history.replaceState(null, "", url);
      }
      toForm(state);
      return run(state, false);
    }

    function clear(node) {
      while (node.firstChild) {
        node.removeChild(node.firstChild);
      }
    }

    function renderFacets(state, result) {
      clear(facetsBox);
      var values = result.facetValues;
      var active = [];
      FACETS.forEach(function (facet) {
        state[facet].forEach(function (value) { active.push([facet, value]); });
      });
      if (state.on) {
        active.push(["on", state.on]);
      }
      if (active.length) {
        facetsBox.appendChild(element("h2", null, t.tFilters));
        var list = element("ul", "active-filters");
        active.forEach(function (pair) {
          var next = copy(state);
          next.page = 1;
          var text;
          if (pair[0] === "on") {
            next.on = "";
            text = t.tInForceOn + " " + pair[1];
          } else {
            next[pair[0]] = next[pair[0]].filter(function (v) { return v !== pair[1]; });
            text = labelOf(values, pair[0], pair[1]);
          }
          var item = element("li");
          var remove = link(next, "✕ " + text);
          remove.setAttribute("aria-label", fill(t.tRemove, { filter: text }));
          item.appendChild(remove);
          list.appendChild(item);
        });
        facetsBox.appendChild(list);
      }
      if (FACETS.some(function (facet) { return Object.keys(result.facets[facet]).length; })) {
        facetsBox.appendChild(element("p", "muted", t.tFacetsNote));
      }
      FACETS.forEach(function (facet) {
        var counts = result.facets[facet];
        var keys = Object.keys(counts);
        if (!keys.length) {
          return;
        }
        if (facet === "year") {
          keys.sort(function (a, b) { return Number(b) - Number(a); });
        } else if (facet === "status" || facet === "kind") {
          var order = values[facet].map(function (v) { return v.key; });
          keys.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
        } else {
          keys.sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0); });
        }
        var heading = element("h2", null, t["tFacet" + facet.charAt(0).toUpperCase() + facet.slice(1)]);
        heading.id = "facet-" + facet;
        facetsBox.appendChild(heading);
        var list = element("ul");
        list.setAttribute("aria-labelledby", heading.id);
        keys.forEach(function (key) {
          var next = copy(state);
          next.page = 1;
          var chosen = state[facet].indexOf(key) >= 0;
          next[facet] = chosen ? next[facet].filter(function (v) { return v !== key; }) : next[facet].concat([key]);
          var a = link(next, labelOf(values, facet, key) + " (" + counts[key] + ")");
          if (chosen) {
            a.setAttribute("aria-current", "true");
          }
          var item = element("li");
          item.appendChild(a);
          list.appendChild(item);
        });
        facetsBox.appendChild(list);
      });
    }

    function renderNone(state, result) {
      var box = element("div", "search-none");
      box.appendChild(element("p", null, t.tNone));
      if (filtered(state)) {
        box.appendChild(element("p", null, t.tNoneFilters));
        var all = copy(state);
        FACETS.forEach(function (facet) { all[facet] = []; });
        all.on = "";
        all.page = 1;
        var p = element("p");
        p.appendChild(link(all, t.tRemoveAll));
        box.appendChild(p);
      }
      if (/["\u201C\u300C\u300E\uFF02]/.test(state.q)) {
        box.appendChild(element("p", null, t.tNoneQuotes));
      }
      box.appendChild(element("p", "muted", t.tNoneTips));
      exactBox.appendChild(box);
      renderFacets(state, result);
    }

    function renderHits(state, result, token) {
      var values = result.facetValues;
      var first = (state.page - 1) * PAGE;
      var shown = result.hits;
      return Promise.all(shown.map(function (hit) { return engine.record(hit.ord); })).then(function (records) {
        if (token !== generation) {
          return;
        }
        var items = records.map(function (record, i) {
          var item = element("li");
          item.setAttribute("data-ord", String(shown[i].ord));
          var title = element("a", "hit-title");
          title.href = new URL(record.url, root).href;
          appendMarked(title, record.title, GazetteSearch.marks(record.title, result.query));
          item.appendChild(title);
          if (!shown[i].current) {
            item.appendChild(element("span", "tag", t.tHistorical));
          }
          var meta = [];
          if (record.number) {
            meta.push(record.number);
          }
          if (record.issuers.length) {
            meta.push(record.issuers.join("、"));
          }
          if (record.date) {
            meta.push(record.date);
          }
          meta.push(labelOf(values, "status", record.status));
          item.appendChild(element("p", "hit-meta", meta.join(" · ")));
          results.appendChild(item);
          return item;
        });
        var versions = shown.map(function (hit, i) {
          return hit.others.length ? renderOthers(items[i], hit.others, token) : null;
        });
        if (state.page > 1 && items[first]) {
          items[first].querySelector("a").focus();
        }
        return Promise.all(shown.map(function (hit, i) {
          return engine.snippet(result, hit.ord).then(function (piece) {
            if (token !== generation || !piece.text) {
              return;
            }
            var p = element("p", "hit-snippet");
            if (piece.from > 0) {
              p.appendChild(document.createTextNode("…"));
            }
            appendMarked(p, piece.text.replace(/\s+/g, " "), GazetteSearch.marks(piece.text.replace(/\s+/g, " "), result.query));
            if (piece.to < piece.length) {
              p.appendChild(document.createTextNode("…"));
            }
            items[i].insertBefore(p, items[i].querySelector("details"));
          });
        }).concat(versions));
      });
    }

    /** The hit's other matching versions, folded: "另有 N 个历史版本", each a link with its date. */
    function renderOthers(item, others, token) {
      var details = element("details", "hit-versions");
      details.appendChild(element("summary", null, fill(t.tOthers, { n: others.length })));
      var list = element("ul");
      details.appendChild(list);
      item.appendChild(details);
      return Promise.all(others.map(function (other) { return engine.record(other.ord); })).then(function (records) {
        if (token !== generation) {
          return;
        }
        records.forEach(function (record) {
          var a = element("a", null, (record.date ? record.date + " " : "") + record.title);
          a.href = new URL(record.url, root).href;
          var li = element("li");
          li.appendChild(a);
          list.appendChild(li);
        });
      });
    }

    function renderExact(result) {
      if (!result.exact.length) {
        return Promise.resolve();
      }
      return Promise.all(result.exact.map(function (ord) { return engine.record(ord); })).then(function (records) {
        var box = element("div", "search-exact");
        box.appendChild(element("p", null, fill(t.tExact, { number: records[0].number || "" })));
        var list = element("ul");
        records.forEach(function (record) {
          var a = element("a", null, record.title);
          a.href = new URL(record.url, root).href;
          var item = element("li");
          item.appendChild(a);
          list.appendChild(item);
        });
        box.appendChild(list);
        exactBox.appendChild(box);
      });
    }

    function run(state, submitted) {
      var token = ++generation;
      clear(results);
      clear(exactBox);
      clear(moreBox);
      if (!state.q.trim() && !filtered(state)) {
        statusLine.textContent = "";
        clear(facetsBox);
        return Promise.resolve();
      }
      results.setAttribute("aria-busy", "true");
      statusLine.textContent = t.tLoading;
      var request = { q: state.q, status: state.status, kind: state.kind, issuer: state.issuer, year: state.year,
        on: state.on, sort: state.sort, limit: PAGE * state.page };
      return engine.search(request).then(function (result) {
        if (token !== generation) {
          return null;
        }
        if (submitted && result.exact.length === 1 && !filtered(state)) {
          return engine.record(result.exact[0]).then(function (record) {
            location.assign(new URL(record.url, root).href);
          });
        }
        statusLine.textContent = fill(state.sort === "date" ? t.tCountDate : t.tCount, { total: result.total }) +
          (result.total && !result.complete ? " " + fill(t.tPartial, { q: state.q }) : "") +
          (result.query.truncated ? " " + fill(t.tTruncated, { max: GazetteSearch.maxQueryChars }) : "");
        if (!result.total) {
          renderNone(state, result);
          results.removeAttribute("aria-busy");
          return null;
        }
        renderFacets(state, result);
        if (result.total > result.hits.length) {
          var more = copy(state);
          more.page = state.page + 1;
          var button = element("button", null, t.tMore);
          button.type = "button";
          button.addEventListener("click", function () { go(more, false); });
          var wrap = element("p", "search-more");
          wrap.appendChild(button);
          moreBox.appendChild(wrap);
        }
        return renderExact(result).then(function () { return renderHits(state, result, token); }).then(function () {
          results.removeAttribute("aria-busy");
          section.setAttribute("data-search-done", "true");
        });
      }).catch(function (error) {
        results.removeAttribute("aria-busy");
        statusLine.textContent = location.protocol === "file:" ? t.tErrorFile : t.tError;
        if (window.console) {
          window.console.error(error);
        }
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var next = copy(current);
      next.q = input.value;
      next.sort = form.elements.sort.value;
      next.on = form.elements.on.value;
      next.page = 1;
      current = next;
      history.pushState(null, "", location.pathname + queryString(next));
      run(next, true);
    });
    window.addEventListener("popstate", function () {
      current = stateFrom(location.search);
      toForm(current);
      run(current, false);
    });
    // What every query needs (dictionary index, metadata, facets, documents' index) is read now,
    // so that a query typed later starts with its own reads.
    function prefetch() {
      engine.prefetch().then(function () {
        section.setAttribute("data-search-ready", "true");
      }, function () {});
    }
    input.addEventListener("focus", prefetch);
    prefetch();
    toForm(current);
    run(current, false);
  });
}());
