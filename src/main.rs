#[cfg(target_arch = "wasm32")]
fn main() {
    tend::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tend runs in the browser: build it with `trunk build` (see README.md).");
}
