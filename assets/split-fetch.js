// Added to the splitter's loader (`__wasm_split.js`) by scripts/build-wasm.mjs,
// which points each chunk's `fetch` here.
//
// Opening a screen fetches up to 40 chunks, and the loader starts them all
// at once. Starting a fetch costs Chromium about 0.4-0.9 ms of main thread
// (measured here: 60 calls in one go, 23-55 ms), so the idle-time prefetch
// of Check-up was one 61 ms task: a tap in that moment waited for it.
// Here they start a few milliseconds' worth per task, all within a frame
// or two, and the network still has them all in flight together.
const splitFetchQueue = [];

/** `fetch(url)`, started in turn with the other chunks asked for. The
 * first few start as soon as the code asking has run (a microtask, so a
 * tap's screen does not also wait for a timer behind whatever else the
 * page has queued); the rest a task at a time. */
function splitFetch(url) {
  return new Promise((resolve, reject) => {
    if (splitFetchQueue.push([url, resolve, reject]) === 1) queueMicrotask(splitFetchSome);
  });
}

function splitFetchSome() {
  const start = performance.now();
  while (splitFetchQueue.length > 0 && performance.now() - start < 4) {
    const [url, resolve, reject] = splitFetchQueue.shift();
    fetch(url).then(resolve, reject);
  }
  if (splitFetchQueue.length > 0) setTimeout(splitFetchSome, 0);
}
