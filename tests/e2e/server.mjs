// A static file server the test itself starts and stops (Python's, like the
// suite's), for tests that need the server to go away or change its files.
import { spawn } from "node:child_process";

let nextPort = 4300;

export async function serve(root, workerIndex) {
  const port = nextPort++ + workerIndex * 50;
  const proc = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        proc.once("exit", resolve);
        proc.kill();
      }),
  };
}
