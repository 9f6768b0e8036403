// OpenGazette default theme: applies the reader's stored display choices (大字版, 高对比度) before the
// first paint, so a page never jumps when it opens. Loaded in <head> without defer; site.js keeps the
// buttons that change these choices. Also marks the page as scripted (class "js"), which shows the
// controls that need a script (these buttons, 打印, 复制链接) without moving anything after the first paint.
(function () {
  "use strict";
  var root = document.documentElement;
  var choices = { "text-size": ["large", "text-large"], "contrast": ["high", "contrast-high"] };
  root.classList.add("js");
  for (var name in choices) {
    var value = null;
    try { value = window.localStorage.getItem("opengazette." + name); } catch (e) { /* storage blocked */ }
    if (value === choices[name][0]) {
      root.classList.add(choices[name][1]);
    }
  }
}());
