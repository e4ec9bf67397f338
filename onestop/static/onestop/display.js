// Display screen: a chime for each new call (Web Audio, nothing to download) and recovery by
// itself. htmx keeps polling the feed through network and server outages; if the feed has not
// been updated for a minute (say, polling stopped), the page reloads once the server answers.
(function () {
  "use strict";
  var STALE_MS = 1000 * Number(document.body.getAttribute("data-reload-after") || 60);
  var OFFLINE_MS = 10000;
  var audio = null;
  var lastSuccess = Date.now();
  var button = document.querySelector("[data-sound]");
  var offline = document.querySelector("[data-offline]");

  function feed() { return document.querySelector("[data-feed]"); }
  function lastCallShown() { var el = feed(); return el ? el.getAttribute("data-last-call") : ""; }
  var lastCall = lastCallShown();

  function context() {
    if (!audio) {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return null;
      audio = new Ctx();
    }
    return audio;
  }

  function chime() {
    var ctx = context();
    if (!ctx) return;
    if (ctx.state !== "running") { if (button) button.hidden = false; return; }
    var t = ctx.currentTime;
    [[880, 0], [660, 0.35]].forEach(function (note) {
      var osc = ctx.createOscillator();
      var gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.value = note[0];
      gain.gain.setValueAtTime(0.0001, t + note[1]);
      gain.gain.exponentialRampToValueAtTime(0.5, t + note[1] + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + note[1] + 0.7);
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(t + note[1]);
      osc.stop(t + note[1] + 0.75);
    });
  }

  if (button) {
    var ctx = context();
    // Browsers keep sound off until someone clicks on the page: ask for that click.
    if (ctx && ctx.state !== "running") button.hidden = false;
    button.addEventListener("click", function () {
      var c = context();
      if (c) c.resume().then(function () { button.hidden = true; chime(); });
    });
  }

  document.addEventListener("htmx:beforeSwap", function (evt) {
    // Swap in only a real feed: an error page answering 200 (a proxy) would end the polling.
    if (evt.detail.xhr.status === 200 && evt.detail.serverResponse.indexOf("data-feed") === -1) {
      evt.detail.shouldSwap = false;
    }
  });
  document.addEventListener("htmx:afterSwap", function () {
    lastSuccess = Date.now();
    var call = lastCallShown();
    if (call && call !== lastCall) {
      // Counted on the page, so a test (or a technician) can see that the new call was noticed.
      var root = document.documentElement;
      root.setAttribute("data-new-calls", String(Number(root.getAttribute("data-new-calls") || 0) + 1));
      chime();
    }
    lastCall = call;
  });

  setInterval(function () {
    var waited = Date.now() - lastSuccess;
    if (offline) offline.hidden = waited < OFFLINE_MS;
    if (waited < STALE_MS) return;
    var el = feed();
    fetch((el && el.getAttribute("hx-get")) || location.href, { cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (text) { if (text.indexOf("data-feed") !== -1) location.reload(); })
      .catch(function () { /* still down: try again at the next tick */ });
  }, Math.min(5000, STALE_MS));
})();
