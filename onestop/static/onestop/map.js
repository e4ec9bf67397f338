// A small map where a page offers one (a [data-map-tiles] element, hidden without JavaScript).
// Leaflet is loaded only then, from our own static files; the address, directions and the
// OpenStreetMap link stay on the page whatever happens here.
(function () {
  "use strict";
  var places = document.querySelectorAll("[data-map-tiles]");
  if (!places.length) {
    return;
  }
  var first = places[0];
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = first.getAttribute("data-leaflet-css");
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = first.getAttribute("data-leaflet-js");
  script.onload = function () {
    Array.prototype.forEach.call(places, function (place) {
      var point = [parseFloat(place.getAttribute("data-lat")), parseFloat(place.getAttribute("data-lon"))];
      if (isNaN(point[0]) || isNaN(point[1]) || typeof window.L === "undefined") {
        return;
      }
      place.hidden = false;
      var map = window.L.map(place, { scrollWheelZoom: false }).setView(point, 16);
      window.L.tileLayer(place.getAttribute("data-map-tiles"), {
        maxZoom: 19,
        attribution: place.getAttribute("data-attribution"),
      }).addTo(map);
      var label = place.getAttribute("data-label");
      window.L.marker(point, { title: label, alt: label, keyboard: false }).addTo(map);
      place.classList.add("map-ready");
    });
  };
  document.head.appendChild(script);
})();
