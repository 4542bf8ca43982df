// Part of the page (emcc --pre-js): mounts the browser's storage, starts the app, copies every
// save into IndexedDB, and exposes window.tafel for the browser tests:
//   tafel.ready             a promise, settled when the first frame is on screen
//   tafel.targets()         {name: [x, y, width, height]} of the current frame, in CSS pixels
//   tafel.exportText(fmt)   board-csv, actions-csv, arena-csv or md of the open session
//   tafel.saved()           a promise, settled when every save is in the browser's storage
//   tafel.firstFrameMs      ms from the start of the page to the first frame
// Nothing here leaves the device: no network code.
(function () {
  var resolveReady, rejectReady;
  var syncing = false, again = false, waiters = [];
  var tafel = {
    ready: new Promise(function (res, rej) { resolveReady = res; rejectReady = rej; }),
    firstFrameMs: -1,
    storagePersistent: null,
    targets: function () {
      var raw = JSON.parse(UTF8ToString(Module._tafel_web_targets()));
      var canvas = Module.canvas, box = canvas.getBoundingClientRect();
      var sx = box.width / canvas.width, sy = box.height / canvas.height, out = {};
      for (var name in raw) {
        var r = raw[name];
        out[name] = [box.left + r[0] * sx, box.top + r[1] * sy, r[2] * sx, r[3] * sy];
      }
      return out;
    },
    exportText: function (format) {
      // Decoded by hand: the CSV starts with a byte order mark, which UTF8ToString would drop.
      var ptr = Module.ccall('tafel_web_export', 'number', ['string'], [String(format)]), end = ptr;
      while (HEAPU8[end]) end++;
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(HEAPU8.slice(ptr, end));
    },
    saved: function () {
      return new Promise(function (res) { if (!syncing) res(); else waiters.push(res); });
    },
  };
  window.tafel = tafel;

  function status(text) {
    var el = document.getElementById('tafel-status');
    if (el) { el.textContent = text; el.style.display = text ? '' : 'none'; }
  }

  Module.tafelFailed = function (sentence) {
    status(sentence);
    rejectReady(new Error(sentence));
  };

  Module.tafelSync = function () {
    if (syncing) { again = true; return; }
    syncing = true;
    FS.syncfs(false, function (err) {
      syncing = false;
      if (err) status('De sessie kan niet in de opslag van de browser worden bewaard: sla haar op als bestand.');
      if (again) { again = false; Module.tafelSync(); return; }
      waiters.splice(0).forEach(function (f) { f(); });
    });
  };

  Module.tafelStarted = function () {
    status('');
    // The first frame is drawn in the browser's next animation frame(s): wait for targets.
    (function wait() {
      if (Object.keys(tafel.targets()).length > 0) {
        tafel.firstFrameMs = performance.now();
        resolveReady();
      } else {
        requestAnimationFrame(wait);
      }
    })();
  };

  // A session or a report as a download (a link to a Blob made on the page, clicked).
  Module.tafelDownload = function (name, ptr, len, mime) {
    var blob = new Blob([HEAPU8.slice(ptr, ptr + len)], { type: mime });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
  };

  // A session file from the device: read into the page's memory at /picked/NAME.
  Module.tafelPickFile = function () {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.tafel';
    input.onchange = function () {
      var file = input.files && input.files[0];
      if (!file) return;
      file.arrayBuffer().then(function (buffer) {
        try { FS.mkdir('/picked'); } catch (e) { /* already there */ }
        var path = '/picked/' + file.name.replace(/[\/\\]/g, '_');
        FS.writeFile(path, new Uint8Array(buffer));
        Module.ccall('tafel_web_file_picked', null, ['string'], [path]);
        Module._tafel_web_wake();
      });
    };
    input.click();
  };

  Module.tafelMountStorage = function () {
    FS.mkdir('/sessions');
    FS.mount(IDBFS, {}, '/sessions');
    FS.syncfs(true, function (err) {
      if (err) status('De opslag van de browser kan niet worden gelezen; nieuwe sessies worden toch bewaard.');
      Module._tafel_web_start(window.innerWidth, window.innerHeight);
      if (navigator.storage && navigator.storage.persist) {
        navigator.storage.persist().then(function (granted) {
          tafel.storagePersistent = granted;
          if (!granted) Module._tafel_web_storage_refused();
        }, function () { Module._tafel_web_storage_refused(); });
      }
    });
  };
})();
