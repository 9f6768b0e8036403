// OpenGazette default theme: progressive enhancements only; every page works without JavaScript.
(function () {
  "use strict";
  var root = document.documentElement;
  // The class each reader choice sets on <html>; reader.js applies stored choices before the first paint.
  var CLASSES = { "text-size": "text-large", "contrast": "contrast-high" };

  function store(name, value) {
    try { window.localStorage.setItem("opengazette." + name, value); } catch (e) { /* private mode: this page only */ }
  }

  function readerButtons() {
    document.querySelectorAll("[data-reader]").forEach(function (button) {
      var name = button.dataset.reader;
      function sync() {
        button.setAttribute("aria-pressed", root.classList.contains(CLASSES[name]) ? "true" : "false");
      }
      sync();
      button.addEventListener("click", function () {
        var on = root.classList.toggle(CLASSES[name]);
        store(name, on ? button.dataset.value : "normal");
        sync();
      });
    });
  }

  function compareForm() {
    var compare = document.querySelector("[data-compare-form]");
    if (!compare) {
      return;
    }
    // Comparison pages exist for every pair, older first: go to the chosen one.
    compare.addEventListener("submit", function (event) {
      event.preventDefault();
      var older = compare.elements.older.selectedIndex;
      var newer = compare.elements.newer.selectedIndex;
      if (older === newer) {
        return;
      }
      var first = compare.elements.older.options[Math.min(older, newer)].value;
      var second = compare.elements.older.options[Math.max(older, newer)].value;
      window.location.href = compare.dataset.urlPattern.replace("{older}", first).replace("{newer}", second);
    });
  }

  // Copies an address to the clipboard and says so in the page's live region; where browsers
  // refuse the clipboard (a page opened over plain HTTP), the region shows the address to copy by hand.
  function copyAddress(address, message, status) {
    function copied() { status.textContent = message; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(address).then(copied, function () { status.textContent = address; });
    } else {
      status.textContent = address;
    }
  }

  // 打印 and 复制链接 (shown by the stylesheet once reader.js marked the page as scripted).
  function pageActions() {
    var print = document.querySelector("[data-print]");
    if (print) {
      print.addEventListener("click", function () { window.print(); });
    }
    var copy = document.querySelector("[data-copy-link]");
    var status = document.querySelector("[data-copy-status]");
    if (!copy || !status) {
      return;
    }
    var canonical = document.querySelector("link[rel=canonical]");
    var address = canonical ? canonical.href : window.location.href;
    copy.addEventListener("click", function () { copyAddress(address, copy.dataset.copied, status); });
  }

  // An article's link (#第十条) still goes to the article; it also copies the article's address on
  // this version's page, which keeps showing the same words when a newer version applies.
  function articleLinks() {
    var body = document.querySelector("[data-permalink]");
    var status = document.querySelector("[data-copy-status]");
    if (!body || !status) {
      return;
    }
    body.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a.article-link") : null;
      if (!link) {
        return;
      }
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var message = body.dataset.articleCopied.replace("{article}", link.getAttribute("aria-label"));
      copyAddress(body.dataset.permalink + "#" + encodeURIComponent(id), message, status);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    readerButtons();
    compareForm();
    pageActions();
    articleLinks();
  });
}());
