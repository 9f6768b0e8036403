// OpenGazette default theme: progressive enhancements only; every page works without JavaScript.
(function () {
  "use strict";
  var KEY = "opengazette.text-size";
  var root = document.documentElement;
  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(value) {
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* private mode: keep it for this page */ }
  }
  if (stored() === "large") {
    root.classList.add("text-large");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var compare = document.querySelector("[data-compare-form]");
    if (compare) {
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
    var button = document.querySelector("[data-text-size]");
    if (!button) {
      return;
    }
    function sync() {
      var large = root.classList.contains("text-large");
      button.setAttribute("aria-pressed", large ? "true" : "false");
      button.textContent = large ? button.dataset.normal : button.dataset.larger;
    }
    button.hidden = false;
    sync();
    button.addEventListener("click", function () {
      root.classList.toggle("text-large");
      store(root.classList.contains("text-large") ? "large" : "normal");
      sync();
    });
  });
}());
