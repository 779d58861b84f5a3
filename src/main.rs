#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(tend::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tend runs in the browser: build it with `trunk build` (see README.md).");
}
