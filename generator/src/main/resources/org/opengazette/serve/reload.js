// OpenGazette preview: reloads the page when the site was rebuilt. Served by `gazette serve` only;
// the published site never contains it.
(function () {
  "use strict";
  var events = new EventSource("/__gazette/events");
  events.addEventListener("reload", function () {
    window.location.reload();
  });
}());
