// OpenGazette preview: reloads the page when the site was rebuilt. Served by `gazette serve` only;
// the published site never contains it.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-generation") : null;
  var events = new EventSource("/__gazette/events");
  function reload() {
    events.close();
    window.location.reload();
  }
  // The site's generation when the stream opens: a page served just before a rebuild reloads too.
  events.addEventListener("generation", function (event) {
    if (shown !== null && event.data !== shown) {
      reload();
    }
  });
  events.addEventListener("reload", reload);
  // A page left behind (or kept in the back-forward cache) gives its connection back at once.
  window.addEventListener("pagehide", function () {
    events.close();
  });
}());
