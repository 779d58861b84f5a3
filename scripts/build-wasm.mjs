// Builds Tend's wasm split by screen (src/ui/lazy.rs), as Trunk's pre_build
// hook: Trunk 0.21 cannot split and runs nothing between cargo and
// wasm-bindgen, so this does the Rust side and Trunk copies the result
// (index.html: copy-dir of target/split/pkg) and does the rest.
//   1. cargo build for wasm32 (the linker keeps its relocations: see
//      .cargo/config.toml; the splitter needs them);
//   2. wasm-split-cli: the main module, one chunk per split screen (and
//      shared chunks), and the loader `__wasm_split.js`;
//   3. wasm-bindgen on the main module (keeping the exports the chunks link
//      against), the chunks and loader copied beside it, the loader's
//      fetches started in turn (assets/split-fetch.js says why);
//   4. release only: wasm-opt on the main module and each chunk.
// The wasm-bindgen crate, wasm-bindgen-cli and wasm-split-cli are pinned
// together (scripts/setup.sh): a mismatch breaks the split.
import { execFile, execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const release = process.env.TRUNK_PROFILE === "release" || process.argv.includes("--release");
const profile = release ? "release" : "debug";
const built = join(root, "target", "wasm32-unknown-unknown", profile, "tend.wasm");
const split = join(root, "target", "split", "raw");
const pkg = join(root, "target", "split", "pkg");

// The features rustc enables by default for wasm32, which wasm-opt must
// accept; functions ordered by name so each module's code sits together
// (about 2 KB less gzip), the names then dropped.
const WASM_OPT = [
  "-Oz",
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
  "--reorder-functions-by-name",
  "--strip-debug",
  "--strip-producers",
];
// TEND_KEEP_NAMES=1 keeps the functions' names, so a browser profile of the
// release build says where the time goes (about 1 MB more, never shipped).
if (process.env.TEND_KEEP_NAMES) {
  WASM_OPT.splice(WASM_OPT.indexOf("--strip-debug"), 1);
  WASM_OPT.push("-g");
}

function run(cmd, args) {
  const started = Date.now();
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
  console.log(`build-wasm: ${cmd} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Points every chunk fetch of the loader at `splitFetch` (assets/split-fetch.js),
 * added after its imports; fails unless each of the `count` chunks' fetches
 * was found, so a splitter that writes its loader differently stops the
 * build instead of quietly fetching all at once again. */
function fetchInTurn(loader, count) {
  const js = readFileSync(loader, "utf8");
  const call = "fetch(new URL(";
  const found = js.split(call).length - 1;
  if (found !== count) {
    throw new Error(`build-wasm: expected ${count} chunk fetches in __wasm_split.js, found ${found}`);
  }
  const imports = js.match(/^(?:import [^;]+;\s*)+/);
  if (!imports) throw new Error("build-wasm: __wasm_split.js does not start with its imports");
  const shim = readFileSync(join(root, "assets", "split-fetch.js"), "utf8");
  const body = js.slice(imports[0].length).replaceAll(call, "splitFetch(new URL(");
  writeFileSync(loader, `${imports[0]}\n${shim}\n${body}`);
}

function fresh(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

run("cargo", ["build", "--locked", "--offline", "--target", "wasm32-unknown-unknown", "--bin", "tend", ...(release ? ["--release"] : [])]);

fresh(split);
run("wasm-split-cli", ["--target", "web", "--out-name", "tend", built, split]);

fresh(pkg);
run("wasm-bindgen", [
  "--target", "web",
  "--keep-lld-exports",
  "--no-demangle",
  "--no-typescript",
  ...(release ? [] : ["--debug", "--keep-debug"]),
  "--out-dir", pkg,
  "--out-name", "tend",
  join(split, "tend.wasm"),
]);
const chunks = readdirSync(split).filter((f) => f !== "tend.wasm");
for (const f of chunks) copyFileSync(join(split, f), join(pkg, f));
if (!existsSync(join(pkg, "__wasm_split.js"))) throw new Error("build-wasm: the splitter wrote no __wasm_split.js");
fetchInTurn(join(pkg, "__wasm_split.js"), chunks.filter((f) => f.endsWith(".wasm")).length);

if (release) {
  // Largest first, one per core.
  const started = Date.now();
  const queue = readdirSync(pkg)
    .filter((f) => f.endsWith(".wasm"))
    .map((f) => join(pkg, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const count = queue.length;
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      await promisify(execFile)("wasm-opt", [...WASM_OPT, path, "-o", path], { cwd: root });
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  console.log(`build-wasm: wasm-opt on ${count} modules took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`build-wasm: ${profile} build split into ${chunks.filter((f) => f.endsWith(".wasm")).length} chunks in target/split/pkg`);
