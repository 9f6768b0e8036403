// OpenGazette preview: reloads the page when the site was rebuilt. Served by `gazette serve` only;
// the published site never contains it.
(function () {
  "use strict";
  var events = new EventSource("/__gazette/events");
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
  // A page left behind (or kept in the back-forward cache) gives its connection back at once.
  window.addEventListener("pagehide", function () {
    events.close();
  });
}());
