// A static file server the test itself starts and stops (Python's, like the
// suite's), for tests that need the server to go away or change its files;
// and one in this process (`serveHere`), for tests that answer requests
// their own way.
import { spawn } from "node:child_process";
import { createServer } from "node:http";

let nextPort = 4300;

/** Starts Python's server on `port`; resolves to it once it listens, or to
 * null when it cannot (the port is taken: perhaps by the server of a test
 * that failed before stopping it, which must not answer for this one). */
function start(root, port) {
  const proc = spawn("python3", ["-u", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once("exit", resolve);
      proc.kill();
    });
  return new Promise((resolve) => {
    let said = "";
    proc.stdout.on("data", (chunk) => {
      said += chunk;
      // Printed once the socket is bound (unbuffered: -u).
      if (said.includes("Serving HTTP")) resolve({ url, stop });
    });
    proc.once("exit", () => resolve(null));
  });
}

export async function serve(root, workerIndex) {
  for (let tries = 0; tries < 20; tries++) {
    const server = await start(root, nextPort++ + workerIndex * 50);
    if (server) return server;
  }
  throw new Error("serve: no free port found for a test server");
}

/** Serves `handler` (Node's request listener, such as sirv's) in this
 * process on a free local port; resolves to its address and a stop function. */
export function serveHere(handler) {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((r) => server.close(r)) }),
    ),
  );
}
