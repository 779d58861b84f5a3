// The calm crash screen. When Tend cannot start (its code failed to load or
// threw before the app began), or stops on an error it cannot recover from
// (a Rust panic: the app dispatches "tend:crashed"), the page is replaced by
// a plain message and a "Download my data" button.
//
// The download is built here, from localStorage, by this script alone, so
// it works even when the app's code is dead. It is a Tend backup file
// (Settings imports it), with anything that is not plain records kept
// as it was stored under "kept_aside". Stored data is only read.
(function () {
  var started = false;
  var shown = false;
  addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });

  var RECORDS = /^tend:(people|journal|checkups|interactions|prompts|snoozes|challenges|rituals|reconnects|milestones|gifts)(:\d{4}-\d{2})?$/;

  function backupText() {
    var data = {};
    var aside = {};
    var version = 2;
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf("tend:") !== 0) continue;
      var value = localStorage.getItem(key);
      if (key === "tend:meta") {
        try {
          version = JSON.parse(value).schema_version || version;
        } catch (e) {}
        continue;
      }
      var m = RECORDS.exec(key);
      var list = null;
      if (m) {
        try {
          list = JSON.parse(value);
        } catch (e) {}
      }
      if (Array.isArray(list)) data[m[1]] = (data[m[1]] || []).concat(list);
      else aside[key] = value;
    }
    var file = { format: "tend-backup", version: version, exported_at: new Date().toISOString(), data: data };
    if (Object.keys(aside).length) file.kept_aside = aside;
    return JSON.stringify(file);
  }

  function download() {
    var blob = new Blob([backupText()], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "tend-backup-" + new Date().toISOString().slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    return e;
  }

  function show() {
    if (shown || !document.body) return;
    shown = true;
    var main = el("main");
    main.className = "crash";
    main.setAttribute("aria-labelledby", "crash-title");
    var h = el("h1", "Tend stopped");
    h.id = "crash-title";
    h.tabIndex = -1;
    var button = el("button", "Download my data");
    button.type = "button";
    button.className = "button primary";
    button.addEventListener("click", download);
    var reload = el("button", "Try again");
    reload.type = "button";
    reload.className = "button";
    reload.addEventListener("click", function () {
      location.reload();
    });
    main.append(
      h,
      el("p", "Something went wrong inside Tend, and it had to stop. Nothing you saved was lost: it is still in this browser, untouched."),
      el("p", "You can download everything as a backup file now, to keep it safe or import it later (Settings, Import), and then try again."),
      button,
      reload,
    );
    document.body.replaceChildren(main);
    h.focus();
  }

  addEventListener("tend:crashed", show);
  // Before the app has started, any error means it could not.
  addEventListener("error", function () {
    if (!started) show();
  });
  addEventListener("unhandledrejection", function () {
    if (!started) show();
  });
})();
