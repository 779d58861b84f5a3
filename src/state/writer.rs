//! The one writer: every write to storage goes through here, in the order it
//! was asked for, and is stored in the form the sink in force says: plain,
//! or sealed with the in-memory key of an open lock (`store::queue`). Saves
//! of several keys are kept whole until finished (`store::commit`); the
//! storage meter and the version record (`tend:meta`, which says whether
//! values are sealed) are kept here, beside what writes them.
//!
//! Neither autosave (`persist`) nor the lock (`vault`) writes to storage
//! itself: autosave hands its saves here without knowing whether they are
//! sealed, and the lock hands over a key (or takes it away) as a job in the
//! same queue. While the sink is plain and nothing waits, a save is made at
//! once, so a save asked for as the page is hidden is made before it goes.

use super::error::CryptoError;
use super::sealing::{open_stored, seal_stored};
use crate::store::browser;
use crate::store::commit::{self, Backend, Outcome, WriteError};
use crate::store::layout::{Meta, Writes, META, PENDING};
use crate::store::meter::Meter;
use crate::store::packed;
use crate::store::queue::{Failure, Job, Queue, Sink, Step};
use crate::store::sealed::{self, Lock};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Waker};
use web_sys::CryptoKey;

/// What to do with another tab's value once it is opened. It may take a
/// while (the code that merges it may still be downloading): the queue waits
/// for it, so this tab's later writes come after it.
pub type Then = Pin<Box<dyn Future<Output = ()>>>;

/// What to do once a job is done.
pub(crate) enum Done {
    Wrote(Box<dyn FnOnce(Outcome)>),
    Opened(Box<dyn FnOnce(Option<String>) -> Then>),
    /// The lock record that goes with the new sink, and what to do after.
    Resealed(Option<Lock>, Box<dyn FnOnce(Result<(), ResealError>)>),
}

/// Why rewriting every value for a new sink did not finish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResealError {
    /// The lock's record could not be written first: nothing was changed.
    NoRoom,
    /// These keys kept their old form (what went wrong with the first).
    Left(Vec<String>, String),
}

pub(crate) struct Inner {
    queue: Queue<CryptoKey, Done>,
    meter: Meter,
    meta: Meta,
    /// A job that needs waiting is under way: the browser's crypto, or the
    /// code that merges another tab's value, still downloading.
    draining: bool,
}

/// The writer, owned by `AppState`.
#[derive(Clone, Copy)]
pub struct Writer {
    inner: StoredValue<Inner, LocalStorage>,
    /// The storage meter's signal (`AppState::used`).
    used: RwSignal<usize>,
}

/// localStorage through the meter, as `store::commit` sees it.
struct Local<'a>(&'a mut Meter);

impl Backend for Local<'_> {
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        browser::set(key, value)?;
        self.0.set(key, value);
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        browser::remove(key);
        self.0.remove(key);
    }

    fn has_journal(&self) -> bool {
        self.0.has(PENDING)
    }
}

impl Writer {
    pub fn new(used: RwSignal<usize>) -> Self {
        Writer {
            inner: StoredValue::new_local(Inner {
                queue: Queue::default(),
                meter: Meter::default(),
                meta: Meta::new(),
                draining: false,
            }),
            used,
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> Option<R> {
        self.inner.try_update_value(f)
    }

    fn refresh_used(&self) {
        if let Some(used) = self.inner.try_with_value(|i| i.meter.used()) {
            self.used.set(used);
        }
    }

    /// Takes the sizes of what is stored (every `tend:` key of `origin`).
    pub fn measure(&self, origin: &browser::Origin) {
        self.with(|i| i.meter = Meter::of_sizes(&origin.ours_units, origin.others_units));
        self.refresh_used();
    }

    /// Another tab wrote `key` (`None`: removed it): the meter follows.
    pub fn heard(&self, key: &str, value: Option<&str>) {
        self.with(|i| match value {
            Some(v) => i.meter.set(key, v),
            None => i.meter.remove(key),
        });
        self.refresh_used();
    }

    /// The version record as this tab knows it.
    pub fn meta(&self) -> Meta {
        self.inner
            .try_with_value(|i| i.meta.clone())
            .unwrap_or_default()
    }

    /// Takes `meta` as the version record (read at load, or heard from
    /// another tab), without writing it.
    pub fn adopt_meta(&self, meta: Meta) {
        self.with(|i| i.meta = meta);
    }

    /// Every `tend:` key stored, in order.
    pub fn stored_keys(&self) -> Vec<String> {
        self.inner
            .try_with_value(|i| i.meter.keys())
            .unwrap_or_default()
    }

    /// Whether `key` is stored.
    pub fn has(&self, key: &str) -> bool {
        self.inner
            .try_with_value(|i| i.meter.has(key))
            .unwrap_or(false)
    }

    /// Makes `writes` after everything asked for before them, sealed when
    /// the lock is open; `done` hears how it went.
    pub fn write(&self, writes: Writes, done: impl FnOnce(Outcome) + 'static) {
        self.push(Job::Write(writes, Done::Wrote(Box::new(done))));
    }

    /// Like [`Writer::write`], with the version record `meta` written too;
    /// it becomes this tab's once the save is made (not when it is refused).
    pub fn write_with_meta(
        &self,
        mut writes: Writes,
        meta: Meta,
        done: impl FnOnce(Outcome) + 'static,
    ) {
        let Some(text) = meta.to_text() else {
            done(Outcome::refused(WriteError::Empty(META.into())));
            return;
        };
        writes.insert(META.to_string(), Some(text));
        let this = *self;
        self.write(writes, move |outcome| {
            if outcome.refused.is_none() {
                this.adopt_meta(meta);
            }
            done(outcome)
        });
    }

    /// The text of `value`, another tab's write of `key`, opened with the
    /// sink in force (in order with this tab's writes); `None` when it
    /// cannot be opened here. Nothing after it is written until what `done`
    /// returns has finished.
    pub fn open(
        &self,
        key: String,
        value: String,
        done: impl FnOnce(Option<String>) -> Then + 'static,
    ) {
        self.push(Job::Open(key, value, Done::Opened(Box::new(done))));
    }

    /// Rewrites every stored value for `to` (sealed with a new key, or
    /// plain), with `lock` as the lock's record, after everything asked for
    /// before; the writes asked for after it use `to`.
    pub fn reseal(
        &self,
        to: Sink<CryptoKey>,
        lock: Option<Lock>,
        done: impl FnOnce(Result<(), ResealError>) + 'static,
    ) {
        self.push(Job::Reseal(to, Done::Resealed(lock, Box::new(done))));
    }

    /// Uses `key` for what is read and written from now on, without
    /// rewriting anything (the lock was opened: values are sealed with it).
    pub fn use_key(&self, key: CryptoKey) {
        self.push(Job::Use(Sink::Sealed(key)));
    }

    /// The text of every value of `stored`, opened with the sink in force
    /// (for loading); what cannot be opened is passed on as stored, and the
    /// loader sets such a key aside, still sealed.
    pub async fn open_all(&self, stored: &BTreeMap<String, String>) -> BTreeMap<String, String> {
        let sink = self.sink();
        let mut out = BTreeMap::new();
        for (name, value) in stored {
            let text = match &sink {
                Sink::Sealed(k) if name != META => open_stored(k, name, value)
                    .await
                    .unwrap_or_else(|_| value.clone()),
                _ => value.clone(),
            };
            out.insert(name.clone(), text);
        }
        out
    }

    /// The text stored under a key set aside (a quarantined copy, the
    /// automatic backup), opened and expanded, for a download.
    pub async fn read(&self, name: &str) -> Option<String> {
        let stored = browser::get(name)?;
        let text = match self.sink() {
            Sink::Sealed(k) => open_stored(&k, name, &stored).await.unwrap_or(stored),
            Sink::Plain => stored,
        };
        Some(packed::expand(&text).map_or(text.clone(), |t| t.into_owned()))
    }

    /// Resolves once everything asked for is done.
    pub async fn settled(&self) {
        while self
            .inner
            .try_with_value(|i| i.draining || !i.queue.is_empty())
            .unwrap_or(false)
        {
            sleep(20).await;
        }
    }

    fn sink(&self) -> Sink<CryptoKey> {
        self.inner
            .try_with_value(|i| i.queue.sink().clone())
            .unwrap_or(Sink::Plain)
    }

    fn push(&self, job: Job<CryptoKey, Done>) {
        self.with(|i| i.queue.push(job));
        self.pump();
    }

    /// Does the jobs waiting: at once while they need no crypto, and the
    /// rest one at a time, in order, as crypto allows.
    fn pump(&self) {
        loop {
            let step = self
                .with(|i| {
                    if i.draining {
                        None
                    } else {
                        i.queue.next_step()
                    }
                })
                .flatten();
            let Some(step) = step else { return };
            match step {
                Step::Write(Sink::Plain, writes, done) => {
                    self.with(|i| i.queue.succeeded());
                    self.commit(&writes, done);
                }
                Step::Open(Sink::Plain, key, value, done) => {
                    let plain = (!sealed::is_sealed(&value) || key == META).then_some(value);
                    // At once when it can be (its code is here), so a save
                    // asked for as the page is hidden is still made in time.
                    let mut then = finish_open(done, plain);
                    let noop = &mut Context::from_waker(Waker::noop());
                    if then.as_mut().poll(noop).is_pending() {
                        self.with(|i| i.draining = true);
                        let this = *self;
                        spawn_local(async move {
                            then.await;
                            this.with(|i| i.draining = false);
                            this.pump();
                        });
                        return;
                    }
                }
                step => {
                    self.with(|i| i.draining = true);
                    let this = *self;
                    spawn_local(async move {
                        this.run(step).await;
                        this.with(|i| i.draining = false);
                        this.pump();
                    });
                    return;
                }
            }
        }
    }

    fn commit(&self, writes: &Writes, done: Done) {
        let outcome = self
            .with(|i| commit::commit(&mut Local(&mut i.meter), writes))
            .unwrap_or_else(|| Outcome::refused(WriteError::Refused("Tend is closing".into())));
        self.refresh_used();
        if let Done::Wrote(done) = done {
            done(outcome);
        }
    }

    /// A step that needs the browser's crypto.
    async fn run(&self, step: Step<CryptoKey, Done>) {
        match step {
            Step::Write(Sink::Sealed(key), writes, done) => match seal_all(&key, &writes).await {
                Ok(sealed) => {
                    self.with(|i| i.queue.succeeded());
                    self.commit(&sealed, done);
                }
                Err(e) => {
                    let failure =
                        self.with(|i| i.queue.failed(Step::Write(Sink::Sealed(key), writes, done)));
                    match failure {
                        Some(Failure::GiveUp(Step::Write(_, _, Done::Wrote(done)))) => {
                            done(Outcome::refused(WriteError::NotSealed(e.to_string())))
                        }
                        // Tried again after a pause, still first in line.
                        _ => sleep(250).await,
                    }
                }
            },
            Step::Open(Sink::Sealed(key), name, value, done) => {
                let plain = open_stored(&key, &name, &value).await.ok();
                finish_open(done, plain).await;
            }
            Step::Reseal { from, to, done } => {
                let Done::Resealed(lock, done) = done else {
                    return;
                };
                let result = self.rewrite(&from, &to, lock).await;
                if result == Err(ResealError::NoRoom) {
                    // Nothing was changed: writes go on as before.
                    self.with(|i| i.queue.restore_sink(from));
                }
                done(result);
            }
            // Plain steps were done at once (see `pump`).
            Step::Write(Sink::Plain, writes, done) => self.commit(&writes, done),
            Step::Open(Sink::Plain, _, value, done) => finish_open(done, Some(value)).await,
        }
    }

    /// Rewrites every stored value from `from`'s form to `to`'s, each key
    /// whole by itself (a journal of everything would need as much room
    /// again). A new lock is recorded first, so an interrupted rewrite
    /// leaves values plain or sealed, both of which the next start reads
    /// with the passphrase; a lock that goes or changes is recorded last.
    async fn rewrite(
        &self,
        from: &Sink<CryptoKey>,
        to: &Sink<CryptoKey>,
        lock: Option<Lock>,
    ) -> Result<(), ResealError> {
        let meta = Meta {
            lock,
            ..self.meta()
        };
        let first = matches!(from, Sink::Plain);
        if first && self.write_meta_now(&meta).is_err() {
            return Err(ResealError::NoRoom);
        }
        let mut left = Vec::new();
        let mut why = String::new();
        for name in self.stored_keys().into_iter().filter(|k| k != META) {
            let Some(stored) = browser::get(&name) else {
                continue;
            };
            let rewritten = async {
                let plain = match from {
                    Sink::Sealed(k) => open_stored(k, &name, &stored).await?,
                    Sink::Plain => stored.clone(),
                };
                match to {
                    Sink::Sealed(k) => seal_stored(k, &name, &plain).await,
                    Sink::Plain => Ok(plain),
                }
            }
            .await;
            let written = match rewritten {
                Ok(text) if text == stored => Ok(()),
                Ok(text) => self
                    .with(|i| Local(&mut i.meter).set(&name, &text))
                    .unwrap_or(Ok(()))
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            if let Err(e) = written {
                if why.is_empty() {
                    why = e;
                }
                left.push(name);
            }
        }
        if !first && self.write_meta_now(&meta).is_err() {
            left.push(META.to_string());
        }
        self.refresh_used();
        if left.is_empty() {
            Ok(())
        } else {
            Err(ResealError::Left(left, why))
        }
    }

    /// Writes the version record at once (inside a job, or while nothing
    /// else is written) and takes it as this tab's.
    fn write_meta_now(&self, meta: &Meta) -> Result<(), WriteError> {
        let text = meta.to_text().ok_or(WriteError::Empty(META.into()))?;
        self.with(|i| Local(&mut i.meter).set(META, &text))
            .unwrap_or(Ok(()))?;
        self.adopt_meta(meta.clone());
        self.refresh_used();
        Ok(())
    }

    /// Changes the lock's record alone (its idle time), in order with the
    /// writes before it.
    pub fn set_lock_record(&self, lock: Lock, done: impl FnOnce(Outcome) + 'static) {
        let meta = Meta {
            lock: Some(lock),
            ..self.meta()
        };
        self.write_with_meta(Writes::new(), meta, done);
    }
}

fn finish_open(done: Done, plain: Option<String>) -> Then {
    match done {
        Done::Opened(done) => done(plain),
        _ => Box::pin(async {}),
    }
}

/// `writes` with every value but the version record sealed under `key`.
async fn seal_all(key: &CryptoKey, writes: &Writes) -> Result<Writes, CryptoError> {
    let mut out = Writes::new();
    for (k, v) in writes {
        let sealed = match v {
            Some(text) => Some(seal_stored(key, k, text).await?),
            None => None,
        };
        out.insert(k.clone(), sealed);
    }
    Ok(out)
}

pub(crate) async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}
