// Kiosk: back to the start after a while without a touch (a touch gives more time; without
// JavaScript a <meta http-equiv="refresh"> does it after a fixed time), and a print button.
(function () {
  "use strict";
  var body = document.body;
  var start = body.getAttribute("data-restart");
  var seconds = Number(body.getAttribute("data-restart-after"));
  if (start && seconds > 0) {
    var timer = null;
    var arm = function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { window.location.href = start; }, seconds * 1000);
    };
    ["pointerdown", "keydown", "touchstart"].forEach(function (name) {
      document.addEventListener(name, arm, { passive: true });
    });
    arm();
  }
  var button = document.querySelector("[data-print]");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
})();
