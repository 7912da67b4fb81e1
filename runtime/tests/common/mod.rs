//! Helpers shared by the behaviour tests: test bodies are plain `async`
//! blocks adapted with `from_future`, awaiting runtime awaitables via `aw(..)`.
#![allow(dead_code)]

use coro_runtime::{Awaitable, IntoStdFuture, from_future, gather, into_future, run};
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Runs an `async` block as the main awaitable of a new loop.
pub fn block_on<F: Future>(future: F) -> F::Output {
    run(from_future(future))
}

/// Lets an `async` block `.await` one of our awaitables.
pub fn aw<A: Awaitable>(awaitable: A) -> IntoStdFuture<A> {
    into_future(awaitable)
}

/// A shared, ordered log of events.
#[derive(Clone, Default)]
pub struct Log(Rc<RefCell<Vec<String>>>);

impl Log {
    pub fn push(&self, event: impl Into<String>) {
        self.0.borrow_mut().push(event.into());
    }
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut self.0.borrow_mut())
    }
    pub fn snapshot(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
    /// A guard that logs `dropped <name>` when dropped.
    pub fn guard(&self, name: &str) -> DropGuard {
        DropGuard {
            log: self.clone(),
            name: name.to_owned(),
        }
    }
    pub fn count(&self, event: &str) -> usize {
        self.0.borrow().iter().filter(|e| *e == event).count()
    }
}

pub struct DropGuard {
    log: Log,
    name: String,
}

impl Drop for DropGuard {
    fn drop(&mut self) {
        self.log.push(format!("dropped {}", self.name));
    }
}

/// The message of a caught panic.
pub fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic>".to_owned()
    }
}

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// Ten jobs that each wait (up to 10 s) until all ten have started: they
/// only all succeed if ten run at once.
pub fn ten_jobs_on<A>(run: impl Fn(Box<dyn FnOnce() -> bool + Send>) -> A) -> Vec<bool>
where
    A: Awaitable<Output = bool> + Unpin,
{
    let started = Arc::new(AtomicUsize::new(0));
    let jobs: Vec<_> = (0..10)
        .map(|_| {
            let started = started.clone();
            run(Box::new(move || {
                started.fetch_add(1, Ordering::SeqCst);
                let deadline = Instant::now() + Duration::from_secs(10);
                while started.load(Ordering::SeqCst) < 10 {
                    if Instant::now() > deadline {
                        return false;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                true
            }))
        })
        .collect();
    block_on(async { aw(gather(jobs)).await })
}
