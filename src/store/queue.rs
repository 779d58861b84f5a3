//! The one writer's queue. Every write to storage, and every value another
//! tab stored that needs opening, waits here in the order it was asked for,
//! and is encoded with the sink in force when its turn comes: plain, or
//! sealed with the in-memory key of an open lock. Setting, changing or
//! removing the lock is itself a job in the same queue, so the writes asked
//! for before it use the old sink and those after it the new one: none is
//! dropped for want of a key, and none written in the wrong form.
//!
//! Pure (the key is any `K`, a job's completion any `D`), so its order and
//! its retries are tested natively; `state::writer` drives it in the
//! browser, sealing with Web Crypto.

use super::pending::Writes;
use std::collections::VecDeque;

/// How often sealing a save is tried before the writer gives up on it
/// (its keys stay marked, and the person is told).
pub const ATTEMPTS: u32 = 3;

/// How stored values are written: as they are, or sealed with a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sink<K> {
    Plain,
    Sealed(K),
}

/// What waits for the writer; `D` is what to do when it is done.
#[derive(Debug, PartialEq, Eq)]
pub enum Job<K, D> {
    /// Writes to encode with the sink in force, then make.
    Write(Writes, D),
    /// Another tab's stored value (key, value) to open with the sink in force.
    Open(String, String, D),
    /// Rewrite every stored value for a new sink (set, change or remove the
    /// lock); from then on, writes use it.
    Reseal(Sink<K>, D),
    /// From now on, use this sink, rewriting nothing (the lock was opened,
    /// and what is stored is sealed with its key already).
    Use(Sink<K>),
}

/// The job whose turn it is, with the sink to use for it.
#[derive(Debug, PartialEq, Eq)]
pub enum Step<K, D> {
    Write(Sink<K>, Writes, D),
    Open(Sink<K>, String, String, D),
    Reseal { from: Sink<K>, to: Sink<K>, done: D },
}

/// What to do after a step failed.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure<K, D> {
    /// It is first in line again; try after a pause.
    Retry,
    /// Tried [`ATTEMPTS`] times: give up on it (its keys stay marked).
    GiveUp(Step<K, D>),
}

#[derive(Debug)]
pub struct Queue<K, D> {
    jobs: VecDeque<Job<K, D>>,
    sink: Sink<K>,
    attempts: u32,
}

impl<K, D> Default for Queue<K, D> {
    fn default() -> Self {
        Queue {
            jobs: VecDeque::new(),
            sink: Sink::Plain,
            attempts: 0,
        }
    }
}

impl<K: Clone, D> Queue<K, D> {
    /// The sink the next write will use, once the jobs before it are done.
    pub fn sink(&self) -> &Sink<K> {
        &self.sink
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    pub fn push(&mut self, job: Job<K, D>) {
        self.jobs.push_back(job);
    }

    /// Takes the next job, with the sink to use for it. A reseal switches
    /// the sink for every job after it.
    pub fn next_step(&mut self) -> Option<Step<K, D>> {
        loop {
            return Some(match self.jobs.pop_front()? {
                Job::Write(writes, done) => Step::Write(self.sink.clone(), writes, done),
                Job::Open(key, value, done) => Step::Open(self.sink.clone(), key, value, done),
                Job::Reseal(to, done) => {
                    let from = std::mem::replace(&mut self.sink, to.clone());
                    Step::Reseal { from, to, done }
                }
                Job::Use(sink) => {
                    self.sink = sink;
                    continue;
                }
            });
        }
    }

    /// A reseal that changed nothing (its first write was refused): the
    /// jobs after it use the sink from before it after all.
    pub fn restore_sink(&mut self, sink: Sink<K>) {
        self.sink = sink;
    }

    /// The step went through: the next failure starts counting afresh.
    pub fn succeeded(&mut self) {
        self.attempts = 0;
    }

    /// The step could not be done (sealing failed): it goes back to the
    /// front of the line to be tried again, up to [`ATTEMPTS`] times.
    pub fn failed(&mut self, step: Step<K, D>) -> Failure<K, D> {
        self.attempts += 1;
        if self.attempts >= ATTEMPTS {
            self.attempts = 0;
            return Failure::GiveUp(step);
        }
        let job = match step {
            Step::Write(_, writes, done) => Job::Write(writes, done),
            Step::Open(_, key, value, done) => Job::Open(key, value, done),
            // A reseal handles its own keys one by one; it is not repeated.
            reseal @ Step::Reseal { .. } => return Failure::GiveUp(reseal),
        };
        self.jobs.push_front(job);
        Failure::Retry
    }
}
