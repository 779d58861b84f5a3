//! Everything at once: merging a whole backup into the data, replacing the
//! data with one (staged by `store::replace`, refused before anything
//! changes when it cannot be saved), and erasing.

use super::{flush, report, touched, AppState, Held};
use crate::model::Data;
use crate::store::commit::WriteError;
use crate::store::layout::{self, for_collection, key_of, Collection};
use crate::store::{replace, sync};
use leptos::prelude::*;

/// Merges a whole backup into the data, record by record, and saves at
/// once the keys whose records changed.
pub fn merge_all(state: AppState, mut incoming: Data) {
    // By id, against every entry (see `later`).
    super::later::whole(state);
    fn merge_one<T: Held>(state: AppState, incoming: &mut Data) {
        let records = std::mem::take(T::list_mut(incoming));
        super::super::clock::observe(crate::model::record::latest_stamp(&records));
        let signal = T::signal(&state);
        let months = signal
            .try_update_untracked(|list| sync::merge_records(list, records))
            .unwrap_or_default();
        if !months.is_empty() {
            signal.notify();
        }
        for m in months {
            touched(state, key_of(T::COLLECTION, m));
        }
    }
    for &c in Collection::ALL {
        for_collection!(c, T => merge_one::<T>(state, &mut incoming));
    }
    flush(state);
}

/// Replaces all data at once (erase, import-replace), as one save kept
/// whole in the journal: storage gets the new data, loses every old data
/// key, and the epoch is raised so other tabs load it. Only once that save
/// is made does the data in memory change; when it is refused (no room for
/// it), nothing has changed and `done` hears why.
pub fn replace_all(
    state: AppState,
    data: Data,
    done: impl FnOnce(Result<(), WriteError>) + 'static,
) {
    let staged = replace::stage(
        &data,
        super::current_month(state),
        &state.writer.stored_keys(),
        &state.writer.meta(),
    );
    let Some((writes, meta)) = staged else {
        done(Err(WriteError::Empty(layout::META.into())));
        return;
    };
    let keys: Vec<String> = writes.keys().cloned().collect();
    state.writer.write_with_meta(writes, meta, move |outcome| {
        if let Some(e) = outcome.refused.clone() {
            done(Err(e));
            return;
        }
        // What was marked belonged to the data just replaced.
        state.saves.update_value(|s| {
            s.marks.take();
        });
        state.set_all(data);
        report(state, &keys, outcome);
        done(Ok(()));
    });
}

/// Removes every `tend:` key, quarantined data and the automatic backup
/// included, and starts afresh.
pub fn erase_everything(state: AppState, done: impl FnOnce(Result<(), WriteError>) + 'static) {
    let asides = replace::asides(&state.writer.stored_keys());
    state.writer.write(asides, |_| ());
    state.saves.update_value(|s| s.asides.clear());
    replace_all(state, Data::default(), done);
}
