//! Support for the edition 2021 tests: a value that logs its drop, and
//! drivers that run a coroutine and the same body as an `async fn`.
//!
//! The transform places a statement's temporaries by edition 2024's rules.
//! Where edition 2021's differ (a block tail's temporaries, an `if let`
//! scrutinee's before `else`) and the coroutine holds them across an
//! `.await`, it is a compile error in an edition 2021 crate
//! (`tests/ui/*.rs`); everything else runs as edition 2021's `async fn`
//! (`tests/twins.rs`).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Appends an event to this thread's log.
pub fn log(event: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(event.into()));
}

/// Takes this thread's log.
pub fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// A value that logs its drop.
pub struct Tracked(pub &'static str);

impl Tracked {
    pub fn new(name: &'static str) -> Tracked {
        log(format!("new {name}"));
        Tracked(name)
    }
    /// Its name's length (a method, so that a temporary is autoref'd).
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn get(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

/// Pending once, then ready: an awaitable for coroutines and a future
/// for `async fn`s.
pub struct Tick {
    name: &'static str,
    pending: bool,
}

/// Suspends once (logs each poll).
pub fn tick(name: &'static str) -> Tick {
    Tick {
        name,
        pending: true,
    }
}

impl Tick {
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        log(format!("poll {}", self.name));
        if std::mem::replace(&mut self.pending, false) {
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    }
}

impl coro::Awaitable for Tick {
    type Output = ();
    fn resume(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.step(cx)
    }
}

impl Future for Tick {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.step(cx)
    }
}

/// Polls a coroutine `polls` times (or to completion) with a no-op waker, then drops it.
pub fn drive_coro<A: coro::Awaitable>(a: A, polls: usize) -> Option<A::Output> {
    let mut a = Box::pin(a);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..polls {
        if let Poll::Ready(v) = a.as_mut().resume(&mut cx) {
            return Some(v);
        }
    }
    None
}

/// Polls a future `polls` times (or to completion) with a no-op waker, then drops it.
pub fn drive_future<F: Future>(f: F, polls: usize) -> Option<F::Output> {
    let mut f: Pin<Box<F>> = Box::pin(f);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..polls {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return Some(v);
        }
    }
    None
}
