// Registers the service worker and tells the app (a Rust listener for the
// "tend:update-ready" event, or the flag below if the app starts later) when
// a new version is waiting. The app applies it only when the person asks, by
// dispatching "tend:apply-update".
(function () {
  if (!("serviceWorker" in navigator)) return;
  function announce() {
    window.tendUpdateReady = true;
    window.dispatchEvent(new Event("tend:update-ready"));
  }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("./sw.js").then(function (reg) {
      function track(worker) {
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) announce();
        });
      }
      if (reg.waiting && navigator.serviceWorker.controller) announce();
      if (reg.installing) track(reg.installing);
      reg.addEventListener("updatefound", function () {
        if (reg.installing) track(reg.installing);
      });
      window.addEventListener("tend:apply-update", function () {
        if (!reg.waiting) return;
        navigator.serviceWorker.addEventListener("controllerchange", function () {
          location.reload();
        });
        reg.waiting.postMessage("tend:skip-waiting");
      });
      // Look for a new version whenever the person comes back to Tend.
      document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") reg.update().catch(function () {});
      });
    }).catch(function (err) {
      console.warn("Tend works without offline support here:", err && err.message);
    });
  });
})();
