// The calm crash screen. When Tend cannot start (its code failed to load or
// threw before the app began), or stops on an error it cannot recover from
// (a Rust panic: the app dispatches "tend:crashed"), the page is replaced by
// a plain message and a "Download my data" button.
//
// The download is built here, from localStorage, by this script alone, so
// it works even when the app's code is dead. It is a Tend backup file
// (Settings imports it), with anything that is not records kept under
// "kept_aside". Months stored packed (src/store/packed.rs: LZ4, 15 bits to
// a UTF-16 unit) are expanded here, so the file is readable JSON. Stored
// data is only read.
(function () {
  var started = false;
  var shown = false;
  addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });

  var RECORDS = /^tend:(people|journal|checkups|interactions|prompts|snoozes|challenges|rituals|reconnects|milestones|gifts)(:\d{4}-\d{2})?$/;

  // The text a packed value holds; throws when it is damaged.
  function expand(stored) {
    var TAG = "~lz4:";
    if (stored.indexOf(TAG) !== 0) return stored;
    var pad = stored.charCodeAt(TAG.length) - 32;
    var bytes = [];
    var acc = 0;
    var bits = 0;
    for (var i = TAG.length + 1; i < stored.length; i++) {
      acc = (acc << 15) | (stored.charCodeAt(i) - 32);
      bits += 15;
      while (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 255);
        acc &= (1 << bits) - 1;
      }
    }
    bytes.length -= pad >> 3;
    // An LZ4 block after its 4-byte little-endian length.
    var size = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
    var out = new Uint8Array(size);
    var o = 0;
    var p = 4;
    function length(n) {
      if (n === 15) {
        var b;
        do {
          b = bytes[p++];
          n += b;
        } while (b === 255);
      }
      return n;
    }
    while (p < bytes.length) {
      var token = bytes[p++];
      var literals = length(token >> 4);
      for (var l = 0; l < literals; l++) out[o++] = bytes[p++];
      if (p >= bytes.length) break;
      var offset = bytes[p] | (bytes[p + 1] << 8);
      p += 2;
      var match = length(token & 15) + 4;
      if (!offset || offset > o) throw new Error("damaged");
      for (var m = 0; m < match; m++, o++) out[o] = out[o - offset];
    }
    if (o !== size) throw new Error("damaged");
    return new TextDecoder("utf-8", { fatal: true }).decode(out);
  }

  function backupText() {
    var data = {};
    var aside = {};
    // The backup file's version (src/formats/backup.rs), not the schema's.
    var version = 2;
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf("tend:") !== 0 || key === "tend:meta") continue;
      var value = localStorage.getItem(key);
      try {
        value = expand(value);
      } catch (e) {}
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
