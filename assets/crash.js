// The calm crash screen. When Tend cannot start (its code failed to load or
// threw before the app began), or stops on an error it cannot recover from
// (a Rust panic: the app dispatches "tend:crashed"), the page is replaced by
// a plain message and a "Download my data" button.
//
// The download is built here, from localStorage, by this script alone, so
// it works even when the app's code is dead. It is a Tend backup file
// (Settings imports it), with anything that is not records kept under
// "kept_aside". Months stored packed (src/store/packed.rs: LZ4, 15 bits to
// a UTF-16 unit) are expanded here, and with a passphrase lock the
// passphrase is asked for and everything decrypted with Web Crypto, so the
// file is readable JSON. Stored data is only read.
(function () {
  var started = false;
  var shown = false;
  addEventListener("TrunkApplicationStarted", function () {
    started = true;
  });

  // A key of records: its collection's name (src/model/collections.rs), and
  // the month for a sharded one. Any such key holding a list is taken as
  // records, so a collection added later needs no change here; what is set
  // aside (the draft, the automatic backup, quarantined copies, an
  // unfinished save) holds no list, or has another shape of name.
  var RECORDS = /^tend:([a-z]+)(:\d{4}-\d{2})?$/;

  // The bytes of text written 15 bits to a UTF-16 unit (src/store/packed.rs).
  function units(text, from) {
    var pad = text.charCodeAt(from) - 32;
    var bytes = [];
    var acc = 0;
    var bits = 0;
    for (var i = from + 1; i < text.length; i++) {
      acc = (acc << 15) | (text.charCodeAt(i) - 32);
      bits += 15;
      while (bits >= 8) {
        bits -= 8;
        bytes.push((acc >> bits) & 255);
        acc &= (1 << bits) - 1;
      }
    }
    bytes.length -= pad >> 3;
    return bytes;
  }

  // The text of an LZ4 block after its 4-byte little-endian length.
  function lz4(bytes) {
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

  // The text a packed value holds; throws when it is damaged.
  function expand(stored) {
    return stored.indexOf("~lz4:") === 0 ? lz4(units(stored, 5)) : stored;
  }

  // With a passphrase lock (src/store/sealed.rs): the key for it, or null
  // when the passphrase is wrong.
  async function keyFor(lock, passphrase) {
    var salt = Uint8Array.from(atob(lock.salt), function (c) {
      return c.charCodeAt(0);
    });
    var base = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
    var key = await crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: salt, iterations: lock.iterations }, base, { name: "AES-GCM", length: 256 }, false, ["decrypt"]);
    return (await open(key, lock.check)) === "tend" ? key : null;
  }

  // A stored value's text: decrypted (with `key`) when it is encrypted.
  async function open(key, stored) {
    if (stored.indexOf("~gcm:") !== 0 || !key) return stored;
    var bytes = Uint8Array.from(units(stored, 5));
    var plain = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, key, bytes.subarray(12)));
    // Its first byte says what follows: text, or a packed value's bytes.
    return plain[0] === 1 ? lz4(Array.from(plain.subarray(1))) : new TextDecoder("utf-8", { fatal: true }).decode(plain.subarray(1));
  }

  function lockOf() {
    try {
      return JSON.parse(localStorage.getItem("tend:meta")).lock || null;
    } catch (e) {
      return null;
    }
  }

  async function backupText(key) {
    var data = {};
    var aside = {};
    // The backup file's version (src/formats/backup.rs), not the schema's.
    var version = 2;
    for (var i = 0; i < localStorage.length; i++) {
      var name = localStorage.key(i);
      if (name.indexOf("tend:") !== 0 || name === "tend:meta") continue;
      var value = localStorage.getItem(name);
      try {
        value = expand(await open(key, value));
      } catch (e) {}
      var m = RECORDS.exec(name);
      var list = null;
      if (m) {
        try {
          list = JSON.parse(value);
        } catch (e) {}
      }
      if (Array.isArray(list)) data[m[1]] = (data[m[1]] || []).concat(list);
      else aside[name] = value;
    }
    var file = { format: "tend-backup", version: version, exported_at: new Date().toISOString(), data: data };
    if (Object.keys(aside).length) file.kept_aside = aside;
    return JSON.stringify(file);
  }

  async function download(key) {
    var blob = new Blob([await backupText(key)], { type: "application/json" });
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
    var lock = lockOf();
    var asked = [];
    if (lock) {
      // Locked data is downloaded decrypted, so it imports anywhere.
      var label = el("label", "Your passphrase (the download holds your data readable)");
      label.htmlFor = "crash-passphrase";
      var field = el("input");
      field.id = "crash-passphrase";
      field.type = "password";
      var said = el("p");
      said.setAttribute("role", "alert");
      asked = [label, field, said];
    }
    button.addEventListener("click", async function () {
      var key = null;
      if (lock) {
        try {
          key = await keyFor(lock, field.value);
        } catch (e) {}
        if (!key) {
          said.textContent = "That is not the passphrase Tend is locked with. Nothing was changed; try again.";
          return;
        }
        said.textContent = "";
      }
      await download(key);
    });
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
      ...asked,
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
