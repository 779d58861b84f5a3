//! An entry's text where entries are listed: a long entry shows its first
//! few lines, with a button to read the rest, so a page of ten years'
//! entries stays a page and not a wall. Folding is only a view: the text is
//! all there, for the browser's find and for screen readers.

use leptos::prelude::*;

/// Longer than this many characters, or lines, an entry folds.
const LONG_CHARS: usize = 320;
const LONG_LINES: usize = 5;

/// Whether `text` is long enough to fold.
pub fn is_long(text: &str) -> bool {
    text.chars().count() > LONG_CHARS || text.lines().count() > LONG_LINES
}

/// The text, folded to its first lines when `fold`.
#[component]
pub fn EntryText(
    /// Whether to fold it (a long text with nothing marked in it, since a
    /// search match must stay in view).
    fold: bool,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <p class="entry-text" class:folded=move || fold && !open.get()>{children()}</p>
        {fold
            .then(|| {
                view! {
                    <button
                        type="button"
                        class="button quiet small"
                        aria-expanded=move || open.get().to_string()
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        {move || if open.get() { "Show less" } else { "Read all of it" }}
                    </button>
                }
            })}
    }
}
