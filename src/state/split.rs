//! The state layer's own split functions: code only some people need (other
//! tabs' merges, sealing under a lock, the migrations of data an earlier
//! Tend saved), each a chunk of wasm of its own in the
//! split build, fetched when first called (`ui::lazy` says how the build
//! splits). Where the splitter does not run (feature `unsplit`: the browser
//! tests), a split function would be an import nothing provides and the
//! module would not load, so there the same function is a plain `async fn`.

/// Declares `fn $name` as a split function in chunk `$chunk`, `fallible`
/// (its error type takes a failed download, `SplitLoaderError`), and as a
/// plain `async fn` where nothing is split. Either way callers `.await` it.
macro_rules! split_fn {
    (
        $chunk:ident;
        $(#[$meta:meta])*
        fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block
    ) => {
        $(#[$meta])*
        #[cfg(not(feature = "unsplit"))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name($($arg: $ty),*) -> $ret $body

        $(#[$meta])*
        #[cfg(feature = "unsplit")]
        async fn $name($($arg: $ty),*) -> $ret $body
    };
}
pub(crate) use split_fn;
