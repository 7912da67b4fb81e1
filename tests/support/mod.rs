//! Test support: awaitables that are also std futures, so that one body can
//! be compiled both as a `#[coro::coroutine]` and as an `async fn`, a driver
//! that counts polls, and drop-logging values.
#![allow(dead_code)]

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

/// Logs `drop NAME` when dropped.
#[derive(Debug)]
pub struct Tracked(pub &'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

impl Tracked {
    pub fn new(name: &'static str) -> Tracked {
        log(format!("new {name}"));
        Tracked(name)
    }
    pub fn name(&self) -> &'static str {
        self.0
    }
    pub fn into_name(self) -> &'static str {
        let n = self.0;
        std::mem::forget(self);
        log(format!("consumed {n}"));
        n
    }
}

/// Pending `n` times (waking itself each time), then ready with its value.
/// Logs each poll. Both an `Awaitable` and a `Future`.
pub struct Ready<T> {
    name: &'static str,
    value: Option<T>,
    pending: u32,
}

impl<T> Drop for Ready<T> {
    fn drop(&mut self) {
        if self.value.is_some() {
            log(format!("drop pending {}", self.name));
        }
    }
}

/// `value` after one suspension.
pub fn ready<T>(name: &'static str, value: T) -> Ready<T> {
    Ready {
        name,
        value: Some(value),
        pending: 1,
    }
}

/// `value` after `pending` suspensions.
pub fn ready_after<T>(name: &'static str, pending: u32, value: T) -> Ready<T> {
    Ready {
        name,
        value: Some(value),
        pending,
    }
}

/// `()` after one suspension.
pub fn tick(name: &'static str) -> Ready<()> {
    ready(name, ())
}

impl<T> Unpin for Ready<T> {}

impl<T> Ready<T> {
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<T> {
        log(format!("poll {}", self.name));
        if self.pending > 0 {
            self.pending -= 1;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(self.value.take().expect("polled after completion"))
    }
}

impl<T> coro::Awaitable for Ready<T> {
    type Output = T;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.get_mut().step(cx)
    }
}

impl<T> Future for Ready<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.get_mut().step(cx)
    }
}

/// Polls an awaitable to completion with a no-op waker; returns its output
/// and the number of polls.
pub fn drive<A: coro::Awaitable>(a: A) -> (A::Output, usize) {
    let mut a = std::pin::pin!(a);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = a.as_mut().resume(&mut cx) {
            return (v, polls);
        }
    }
}

/// [`drive`] for std futures.
pub fn drive_future<F: Future>(f: F) -> (F::Output, usize) {
    let mut f = std::pin::pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return (v, polls);
        }
    }
}

/// Polls `a` at most `k` times, then drops it (cancellation); returns the
/// output if it finished.
pub fn drive_then_drop<A: coro::Awaitable>(a: A, k: usize) -> Option<A::Output> {
    let mut a = Box::pin(a);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..k {
        if let Poll::Ready(v) = a.as_mut().resume(&mut cx) {
            return Some(v);
        }
    }
    log("cancel");
    drop(a);
    None
}

/// [`drive_then_drop`] for std futures.
pub fn drive_future_then_drop<F: Future>(f: F, k: usize) -> Option<F::Output> {
    let mut f = Box::pin(f);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..k {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return Some(v);
        }
    }
    log("cancel");
    drop(f);
    None
}

/// Defines each fn twice: as a `#[coro::coroutine]` in module `coro_side`
/// and as an `async fn` in module `native_side`, from the same tokens.
#[macro_export]
macro_rules! twins {
    ($($(#[$m:meta])* fn $name:ident $(<$($g:tt),*>)? ($($args:tt)*) $(-> $ret:ty)? { $($body:tt)* })*) => {
        #[allow(unused_imports, clippy::all)]
        mod coro_side {
            use super::*;
            $( $(#[$m])* #[coro::coroutine] pub fn $name $(<$($g),*>)? ($($args)*) $(-> $ret)? { $($body)* } )*
        }
        #[allow(unused_imports, clippy::all)]
        mod native_side {
            use super::*;
            $( $(#[$m])* pub async fn $name $(<$($g),*>)? ($($args)*) $(-> $ret)? { $($body)* } )*
        }
    };
}

/// Runs `coro_side::$f(args)` and `native_side::$f(args)` to completion and
/// asserts equal results, equal event logs and equal poll counts; then
/// cancels both after every possible number of polls and compares logs.
#[macro_export]
macro_rules! assert_twins {
    ($f:ident ( $($arg:expr),* )) => {{
        $crate::support::take_log();
        let (c_out, c_polls) = $crate::support::drive(coro_side::$f($($arg),*));
        let c_log = $crate::support::take_log();
        let (n_out, n_polls) = $crate::support::drive_future(native_side::$f($($arg),*));
        let n_log = $crate::support::take_log();
        assert_eq!(c_out, n_out, "results differ");
        assert_eq!(c_log, n_log, "event logs differ");
        assert_eq!(c_polls, n_polls, "poll counts differ");
        for k in 0..c_polls {
            let c = $crate::support::drive_then_drop(coro_side::$f($($arg),*), k);
            let c_log = $crate::support::take_log();
            let n = $crate::support::drive_future_then_drop(native_side::$f($($arg),*), k);
            let n_log = $crate::support::take_log();
            assert_eq!(c, n, "results differ when cancelled after {k} polls");
            assert_eq!(c_log, n_log, "event logs differ when cancelled after {k} polls");
        }
        c_out
    }};
}

/// Logs `eval NAME` and returns `v`: marks when an operand is evaluated.
pub fn val<T>(name: &'static str, v: T) -> T {
    log(format!("eval {name}"));
    v
}

/// Marker for the `#[coro::coroutine]` side of a [`twin_impl!`] type.
pub struct CoroSide;
/// Marker for the `async fn` side of a [`twin_impl!`] type.
pub struct NativeSide;

/// Runs a catch-unwinding closure and returns `Ok(value)` or `Err(message)`.
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        if let Some(s) = p.downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = p.downcast_ref::<String>() {
            s.clone()
        } else {
            "<non-string panic>".to_string()
        }
    })
}

/// Defines methods twice on a type generic over a side marker: as
/// `#[coro::coroutine]` methods on `$ty<CoroSide>` and as `async fn` methods on
/// `$ty<NativeSide>`, from the same tokens.
#[macro_export]
macro_rules! twin_impl {
    (impl $ty:ident { $($(#[$m:meta])* fn $name:ident $(<$($g:tt),*>)? ($($args:tt)*) $(-> $ret:ty)? { $($body:tt)* })* }) => {
        #[allow(clippy::all)]
        impl $ty<$crate::support::CoroSide> {
            $( $(#[$m])* #[coro::coroutine] pub fn $name $(<$($g),*>)? ($($args)*) $(-> $ret)? { $($body)* } )*
        }
        #[allow(clippy::all)]
        impl $ty<$crate::support::NativeSide> {
            $( $(#[$m])* pub async fn $name $(<$($g),*>)? ($($args)*) $(-> $ret)? { $($body)* } )*
        }
    };
}

/// [`assert_twins!`] for two arbitrary expressions: `$c` must build the
/// coroutine (an `Awaitable`) and `$n` the `async fn` future; each is
/// evaluated afresh for every run. Asserts equal results, logs and poll
/// counts, then equal logs when cancelled after every possible k polls.
#[macro_export]
macro_rules! assert_pair {
    ($c:expr, $n:expr $(,)?) => {{
        $crate::support::take_log();
        let (c_out, c_polls) = $crate::support::drive($c);
        let c_log = $crate::support::take_log();
        let (n_out, n_polls) = $crate::support::drive_future($n);
        let n_log = $crate::support::take_log();
        assert_eq!(c_out, n_out, "results differ");
        assert_eq!(c_log, n_log, "event logs differ");
        assert_eq!(c_polls, n_polls, "poll counts differ");
        for k in 0..c_polls {
            let c = $crate::support::drive_then_drop($c, k);
            let c_log = $crate::support::take_log();
            let n = $crate::support::drive_future_then_drop($n, k);
            let n_log = $crate::support::take_log();
            assert_eq!(c, n, "results differ when cancelled after {k} polls");
            assert_eq!(
                c_log, n_log,
                "event logs differ when cancelled after {k} polls"
            );
        }
        c_out
    }};
}

/// Runs both sides of a body that may panic, each under `catch_unwind`, and
/// asserts equal outcomes (value or panic message) and equal logs, including
/// drops during unwinding; then the same when cancelled after every k polls.
#[macro_export]
macro_rules! assert_twins_catch {
    ($f:ident ( $($arg:expr),* )) => {{
        $crate::support::take_log();
        let c_out = $crate::support::catch(|| $crate::support::drive(coro_side::$f($($arg),*)));
        let c_log = $crate::support::take_log();
        let n_out = $crate::support::catch(|| $crate::support::drive_future(native_side::$f($($arg),*)));
        let n_log = $crate::support::take_log();
        assert_eq!(c_out, n_out, "outcomes differ");
        assert_eq!(c_log, n_log, "event logs differ");
        let polls = c_log.iter().filter(|e| e.starts_with("poll ")).count() + 1;
        for k in 0..polls {
            let c = $crate::support::catch(|| $crate::support::drive_then_drop(coro_side::$f($($arg),*), k));
            let c_log = $crate::support::take_log();
            let n = $crate::support::catch(|| $crate::support::drive_future_then_drop(native_side::$f($($arg),*), k));
            let n_log = $crate::support::take_log();
            assert_eq!(c, n, "outcomes differ when cancelled after {k} polls");
            assert_eq!(c_log, n_log, "event logs differ when cancelled after {k} polls");
        }
        c_out
    }};
}
