//! Support for generated fidelity programs (written by coro-fidelity; do not edit).
#![allow(dead_code)]

use std::cell::RefCell;
use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

pub fn log(event: impl Into<String>) {
    LOG.with(|l| l.borrow_mut().push(event.into()));
}
pub fn log_i(n: i64) {
    log(format!("i {n}"));
}
pub fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

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
    pub fn len(&self) -> i64 {
        log(format!("len {}", self.0));
        self.0.len() as i64
    }
    pub fn plus(&self, n: i64) -> i64 {
        log(format!("plus {} {n}", self.0));
        n + 1
    }
    pub fn consume_len(self) -> i64 {
        log(format!("consume_len {}", self.0));
        self.0.len() as i64
    }
    /// A builder's setter: takes `self` and gives it back.
    pub fn tagged(self, n: i64) -> Tracked {
        log(format!("tagged {} {n}", self.0));
        self
    }
    pub fn later(self, n: i64) -> Ready<i64> {
        log(format!("later {} {n}", self.0));
        ready(self.0, n)
    }
    /// Takes `self` by value under a name Rust's conventions give such
    /// methods (`into_*`): a field of a temporary as its receiver is moved
    /// out of it.
    pub fn into_name(self) -> String {
        log(format!("into_name {}", self.0));
        self.0.to_string()
    }
}

/// A `Tracked` compares with an integer by its name's length (logged).
impl PartialEq<i64> for Tracked {
    fn eq(&self, n: &i64) -> bool {
        log(format!("cmp {}", self.0));
        self.0.len() as i64 == *n
    }
}
impl PartialOrd<i64> for Tracked {
    fn partial_cmp(&self, n: &i64) -> Option<std::cmp::Ordering> {
        log(format!("cmp {}", self.0));
        (self.0.len() as i64).partial_cmp(n)
    }
}
impl PartialEq<Tracked> for i64 {
    fn eq(&self, t: &Tracked) -> bool {
        t == self
    }
}
impl PartialOrd<Tracked> for i64 {
    fn partial_cmp(&self, t: &Tracked) -> Option<std::cmp::Ordering> {
        t.partial_cmp(self).map(std::cmp::Ordering::reverse)
    }
}

#[derive(Debug)]
pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}
/// Two `Tracked` values in a tuple (a temporary whose fields are taken).
pub fn duo(a: &'static str, b: &'static str) -> (Tracked, Tracked) {
    (Tracked::new(a), Tracked::new(b))
}
/// A `Pair` made by a call (a temporary whose fields are taken).
pub fn pair_of(a: &'static str, b: &'static str) -> Pair {
    Pair {
        a: Tracked::new(a),
        b: Tracked::new(b),
    }
}
/// Two `Tracked` values in a `Vec` (a temporary for loop heads to borrow).
pub fn bag(a: &'static str, b: &'static str) -> Vec<Tracked> {
    vec![Tracked::new(a), Tracked::new(b)]
}
pub fn log_pair(p: &Pair) {
    log(format!("pair {} {}", p.a.0, p.b.0));
}
pub fn log_opt(o: &Option<Tracked>) {
    log(format!("opt {:?}", o.as_ref().map(|t| t.0)));
}
pub fn opt_len(o: &Option<Tracked>) -> i64 {
    o.as_ref().map_or(0, |t| t.0.len() as i64)
}

/// A length as `i64` (so that no `as` cast needs parentheses).
pub trait ILen {
    fn ilen(&self) -> i64;
}
impl ILen for String {
    fn ilen(&self) -> i64 {
        self.len() as i64
    }
}
impl ILen for str {
    fn ilen(&self) -> i64 {
        self.len() as i64
    }
}
impl<T> ILen for Vec<T> {
    fn ilen(&self) -> i64 {
        self.len() as i64
    }
}

pub struct P2 {
    pub x: i64,
    pub y: i64,
}
impl P2 {
    pub fn sum(&self) -> i64 {
        self.x + self.y
    }
}

pub fn take(t: Tracked) -> i64 {
    log(format!("take {}", t.0));
    t.0.len() as i64
}
pub fn take2(t: Tracked, u: Tracked) -> i64 {
    log(format!("take2 {} {}", t.0, u.0));
    (t.0.len() + u.0.len()) as i64
}
pub fn consume(t: &Tracked, n: i64) -> i64 {
    log(format!("consume {} {n}", t.0));
    n
}
pub fn add3(a: i64, b: i64, c: i64) -> i64 {
    log(format!("add3 {a} {b} {c}"));
    a.wrapping_add(b).wrapping_add(c)
}
/// Fn items the `coercion` class coerces to `fn(i64) -> i64`.
pub fn dbl(x: i64) -> i64 {
    x.wrapping_mul(2)
}
pub fn inc(x: i64) -> i64 {
    x.wrapping_add(1)
}
/// A small loop bound: 0, 1 or 2.
pub fn small(n: i64) -> i64 {
    n.rem_euclid(3)
}
pub fn ok_if(n: i64) -> Result<i64, String> {
    if n.rem_euclid(7) == 6 { Err(format!("err {n}")) } else { Ok(n) }
}
pub fn res_trk(n: i64, name: &'static str) -> Result<i64, Tracked> {
    if n.rem_euclid(2) == 1 { Err(Tracked::new(name)) } else { Ok(n) }
}
pub fn opt_trk(name: &'static str, some: bool) -> Option<Tracked> {
    if some { Some(Tracked::new(name)) } else { None }
}
pub fn show<T: Debug>(t: &T) -> i64 {
    let s = format!("{t:?}");
    log(format!("show {s}"));
    s.len() as i64
}

/// Pending `n` times (waking itself), then ready with its value; logs polls.
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
pub fn ready<T>(name: &'static str, value: T) -> Ready<T> {
    Ready { name, value: Some(value), pending: 1 }
}
pub fn ready_after<T>(name: &'static str, pending: u32, value: T) -> Ready<T> {
    Ready { name, value: Some(value), pending }
}
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

/// Ready after one suspension with `n` plus the length of the name it
/// borrows, which it logs at each poll: an awaitable that borrows its
/// argument (`weigh(&Tracked::new(..), n).await` holds the temporary beside
/// it).
pub struct Weigh<'a> {
    t: &'a Tracked,
    n: i64,
    pending: bool,
}
pub fn weigh(t: &Tracked, n: i64) -> Weigh<'_> {
    Weigh { t, n, pending: true }
}
impl Unpin for Weigh<'_> {}
impl Weigh<'_> {
    fn step(&mut self, cx: &mut Context<'_>) -> Poll<i64> {
        log(format!("weigh {}", self.t.name()));
        if std::mem::take(&mut self.pending) {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(self.n + self.t.len())
    }
}
impl coro::Awaitable for Weigh<'_> {
    type Output = i64;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i64> {
        self.get_mut().step(cx)
    }
}
impl Future for Weigh<'_> {
    type Output = i64;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i64> {
        self.get_mut().step(cx)
    }
}

const POLL_LIMIT: usize = 100_000;

/// Polls the coroutine at most `limit` times, then drops it (logging
/// "cancel"); returns the output's Debug text (or "-") and the polls used.
pub fn run_c<A: coro::Awaitable>(a: A, limit: usize) -> (String, usize)
where
    A::Output: Debug,
{
    let mut a = Box::pin(a);
    let mut cx = Context::from_waker(Waker::noop());
    for polls in 1..=limit {
        if let Poll::Ready(v) = a.as_mut().resume(&mut cx) {
            return (format!("{v:?}"), polls);
        }
    }
    log("cancel");
    drop(a);
    ("-".to_string(), limit)
}

/// [`run_c`] for the `async fn` twin.
pub fn run_n<F: Future>(f: F, limit: usize) -> (String, usize)
where
    F::Output: Debug,
{
    let mut f = Box::pin(f);
    let mut cx = Context::from_waker(Waker::noop());
    for polls in 1..=limit {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return (format!("{v:?}"), polls);
        }
    }
    log("cancel");
    drop(f);
    ("-".to_string(), limit)
}

fn catch<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        if let Some(s) = p.downcast_ref::<&str>() {
            format!("panic: {s}")
        } else if let Some(s) = p.downcast_ref::<String>() {
            format!("panic: {s}")
        } else {
            "panic".to_string()
        }
    })
}

pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}

/// Runs both sides to completion, then cancelled after every k polls;
/// returns a description of the first difference.
pub fn check(
    c: impl Fn(usize) -> (String, usize),
    n: impl Fn(usize) -> (String, usize),
) -> Result<(), String> {
    take_log();
    let co = catch(|| c(POLL_LIMIT));
    let cl = take_log();
    let no = catch(|| n(POLL_LIMIT));
    let nl = take_log();
    let polls = match &no {
        Ok((_, p)) => *p,
        Err(_) => nl.iter().filter(|e| e.starts_with("poll ")).count() + 1,
    };
    if co != no || cl != nl {
        return Err(format!(
            "to completion: coro {co:?} {cl:?} | async fn {no:?} {nl:?}"
        ));
    }
    for k in 0..polls {
        let co = catch(|| c(k));
        let cl = take_log();
        let no = catch(|| n(k));
        let nl = take_log();
        if co != no || cl != nl {
            return Err(format!(
                "cancelled after {k} polls: coro {co:?} {cl:?} | async fn {no:?} {nl:?}"
            ));
        }
    }
    Ok(())
}

/// A closure made by a call (the `callee-temp` class calls it at once:
/// `adder(k)(x)`).
pub fn adder(k: i64) -> impl Fn(i64) -> i64 {
    move |x| x.wrapping_add(k)
}
/// A closure owning a `Tracked` (a callee temporary with drop glue).
pub fn adder_t(t: Tracked) -> impl Fn(i64) -> i64 {
    move |x| x.wrapping_add(t.len())
}
/// Pushes `t` and returns the new length (a `&mut` argument, as
/// `&mut *cell.borrow_mut()` gives).
pub fn push_len(v: &mut Vec<Tracked>, t: Tracked) -> i64 {
    log(format!("push_len {}", t.0));
    v.push(t);
    v.len() as i64
}
/// `std::fmt::Write` for `write!` to a `String`.
pub use std::fmt::Write as FmtWrite;
