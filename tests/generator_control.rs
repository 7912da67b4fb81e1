//! Issue 14, generators and async generators under control: priming a
//! send-generator without a value (`start`), `close`, `throw`, and for async
//! generators `asend`, `athrow`, `aclose`; `async_for!` over an
//! `impl AsyncIterator` parameter with no `Unpin` bound. Each test cites the
//! Python behaviour it mirrors.

#[macro_use]
mod support;
use coro::{AsyncIteratorExt, Generator, GeneratorExt, GeneratorState};
use std::marker::PhantomPinned;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::task::{Context, Poll};
use support::*;

/// A resume argument with no `Default`: priming must not need one.
#[derive(Debug, PartialEq)]
struct Word(String);

#[coro::generator]
fn echo() -> impl Generator<Word, Yield = String, Return = usize> {
    let _guard = Tracked::new("echo body");
    let mut seen = 0;
    let mut reply = String::from("ready");
    loop {
        let Word(w) = yield_!(reply);
        if w == "stop" {
            return seen;
        }
        seen += 1;
        reply = w.to_uppercase();
    }
}

fn panic_of(f: impl FnOnce()) -> String {
    let payload = catch_unwind(AssertUnwindSafe(f)).expect_err("expected a panic");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

// Python: a send-generator is primed with `next(gen)` (sending None); no
// dummy value is needed.
#[test]
fn start_primes_a_send_generator_without_a_value_python_next_gen() {
    take_log();
    let mut g = echo();
    assert_eq!(g.start(), GeneratorState::Yielded("ready".to_owned()));
    assert_eq!(
        g.send(Word("hi".into())),
        GeneratorState::Yielded("HI".to_owned())
    );
    assert_eq!(g.send(Word("stop".into())), GeneratorState::Complete(1));
    drop(g);
    assert_eq!(take_log(), ["new echo body", "drop echo body"]);
}

// Python: `next(gen)` on a generator paused at a `yield` sends None; a Rust
// `yield_!` of a `Word` cannot receive "nothing", so it is refused.
#[test]
fn start_on_a_started_generator_panics_with_a_clear_message() {
    let mut g = echo();
    assert_eq!(g.start(), GeneratorState::Yielded("ready".to_owned()));
    let text = panic_of(|| {
        let _ = g.start();
    });
    assert!(text.contains("already started"), "{text}");
}

// Python: `gen.close()` raises GeneratorExit at the paused `yield`; the
// body's `finally` blocks run (here: destructors) and later `send`s raise
// StopIteration (here: panic, as after the end).
#[test]
fn close_drops_the_suspended_body_python_gen_close() {
    take_log();
    let mut g = echo();
    let _ = g.start();
    assert_eq!(take_log(), ["new echo body"]);
    g.close();
    assert_eq!(take_log(), ["drop echo body"]);
    g.close(); // idempotent, as in Python
    assert!(take_log().is_empty());
    let text = panic_of(|| {
        let _ = g.send(Word("x".into()));
    });
    assert!(text.contains("after close"), "{text}");
    drop(g);
    assert!(take_log().is_empty(), "the body is dropped once");
}

// Python: closing a generator that never started just marks it closed.
#[test]
fn close_before_start_and_after_the_end_does_nothing_more() {
    take_log();
    let mut g = echo();
    g.close();
    assert!(take_log().is_empty(), "the body never ran");
    let mut g = echo();
    let _ = g.start();
    assert_eq!(g.send(Word("stop".into())), GeneratorState::Complete(0));
    assert_eq!(take_log(), ["new echo body", "drop echo body"]);
    g.close();
    assert!(take_log().is_empty());
}

#[derive(Debug, PartialEq)]
struct Boom(u8);

// Python: `gen.throw(exc)` raises exc at the paused `yield`; a body that
// does not catch it is finished and throw() re-raises it. A Rust body
// cannot catch, so throw closes the generator and gives the error back.
#[test]
fn throw_closes_the_generator_and_returns_the_error_python_gen_throw() {
    take_log();
    let mut g = echo();
    let _ = g.start();
    assert_eq!(g.throw(Boom(3)), Err(Boom(3)));
    assert_eq!(take_log(), ["new echo body", "drop echo body"]);
    let text = panic_of(|| {
        let _ = g.send(Word("x".into()));
    });
    assert!(text.contains("after close"), "{text}");
}

/// Borrows a local across its yields, so its machine has homes on the heap
/// (the `HeapHomes` path of `close`).
#[coro::generator]
fn borrowing(n: u32) -> impl Generator<Yield = u32, Return = ()> {
    let _guard = Tracked::new("borrowing body");
    let items: Vec<u32> = (0..n).collect();
    for x in &items {
        yield_!(*x);
    }
}

#[coro::generator]
fn delegating() -> impl Generator<Yield = u32, Return = ()> {
    let _guard = Tracked::new("outer body");
    yield_from!(borrowing(5));
}

#[test]
fn close_of_a_generator_with_homes_and_of_a_delegating_one_drops_every_body() {
    take_log();
    let mut g = borrowing(4);
    assert_eq!(g.send(()), GeneratorState::Yielded(0));
    assert_eq!(g.send(()), GeneratorState::Yielded(1));
    g.close();
    assert_eq!(take_log(), ["new borrowing body", "drop borrowing body"]);
    let text = panic_of(|| {
        let _ = g.send(());
    });
    assert!(text.contains("after close"), "{text}");
    drop(g);
    assert!(take_log().is_empty());

    let mut g = delegating();
    assert_eq!(g.start(), GeneratorState::Yielded(0));
    g.close();
    let log = take_log();
    assert_eq!(log.len(), 4, "{log:?}");
    assert!(log.contains(&"drop borrowing body".to_owned()), "{log:?}");
    assert!(log.contains(&"drop outer body".to_owned()), "{log:?}");
}

// A pinned, boxed trait object forwards start and close.
#[test]
fn pinned_boxed_generators_forward_start_and_close() {
    take_log();
    let mut g: Pin<Box<dyn Generator<Word, Yield = String, Return = usize>>> = Box::pin(echo());
    assert_eq!(
        g.as_mut().start(),
        GeneratorState::Yielded("ready".to_owned())
    );
    g.as_mut().close();
    assert_eq!(take_log(), ["new echo body", "drop echo body"]);
}

// ---------------------------------------------------------------------------
// Async generators

#[coro::coroutine]
fn ticks(n: u32) -> impl coro::AsyncIterator<Item = u32> {
    let _guard = Tracked::new("ticks body");
    for i in 0..n {
        tick("tick").await;
        yield_!(i);
    }
}

// Python: `await agen.aclose()` throws GeneratorExit at the paused `yield`;
// the body's cleanup runs, and the generator is exhausted afterwards.
// `asend(None)` on a paused async generator is `anext()`.
#[test]
fn aclose_drops_the_body_and_the_iteration_ends_python_agen_aclose() {
    take_log();
    let out = coro::run(coro::from_future(async {
        let mut agen = Box::pin(ticks(5));
        let first = coro::into_future(agen.next()).await;
        let second = coro::into_future(agen.asend(())).await;
        coro::into_future(agen.aclose()).await;
        let after = coro::into_future(agen.next()).await;
        (first, second, after)
    }));
    assert_eq!(out, (Some(0), Some(1), None));
    let log = take_log();
    assert_eq!(log.first().map(String::as_str), Some("new ticks body"));
    assert_eq!(log.last().map(String::as_str), Some("drop ticks body"));
    assert_eq!(log.iter().filter(|e| *e == "drop ticks body").count(), 1);
}

// Python: `await agen.athrow(exc)` raises exc at the paused `yield`; not
// caught, it propagates out of athrow() and the generator is finished.
#[test]
fn athrow_closes_the_async_generator_and_returns_the_error_python_agen_athrow() {
    take_log();
    let out = coro::run(coro::from_future(async {
        let mut agen = Box::pin(ticks(5));
        let first = coro::into_future(agen.next()).await;
        let thrown = coro::into_future(agen.athrow(Boom(1))).await;
        let after = coro::into_future(agen.next()).await;
        (first, thrown, after)
    }));
    assert_eq!(out, (Some(0), Err(Boom(1)), None));
    let log = take_log();
    assert_eq!(log.last().map(String::as_str), Some("drop ticks body"));
}

/// An awaitable that is `!Unpin` and needs two resumes.
struct PinnedTick {
    polled: bool,
    _pin: PhantomPinned,
}

impl coro::Awaitable for PinnedTick {
    type Output = ();
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: `polled` is not structurally pinned; nothing is moved.
        let this = unsafe { self.get_unchecked_mut() };
        if this.polled {
            return Poll::Ready(());
        }
        this.polled = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// A `!Unpin` async generator: it holds a pinned awaitable while suspended.
#[coro::coroutine]
fn pinned_ticks(n: u32) -> impl coro::AsyncIterator<Item = u32> {
    let _guard = Tracked::new("pinned body");
    for i in 0..n {
        PinnedTick {
            polled: false,
            _pin: PhantomPinned,
        }
        .await;
        yield_!(i * 10);
    }
}

/// No `Unpin` bound on the parameter (issue 14; formerly ARCHITECTURE.md
/// known limit 4): `async_for!` pins its source on the heap.
#[coro::coroutine]
fn sum_all(source: impl coro::AsyncIterator<Item = u32>) -> u32 {
    let mut sum = 0;
    async_for!(x in source {
        tick("body").await;
        sum += x;
    });
    sum
}

#[coro::coroutine]
fn sum_until(source: impl coro::AsyncIterator<Item = u32>, limit: u32) -> u32 {
    let mut sum = 0;
    async_for!(x in source {
        if x >= limit {
            break;
        }
        sum += x;
    });
    sum
}

#[test]
fn async_for_over_a_parameter_without_unpin_python_async_for() {
    // `pinned_ticks` is `!Unpin` (it holds a `PhantomPinned` awaitable
    // while suspended): this compiled only with an `Unpin` bound before.
    take_log();
    assert_eq!(coro::run(sum_all(pinned_ticks(4))), 60);
    let log = take_log();
    assert_eq!(
        log.iter().filter(|e| *e == "drop pinned body").count(),
        1,
        "{log:?}"
    );
    // Leaving the loop early drops the source (Python's aclose() at the end
    // of `async for` that breaks).
    assert_eq!(coro::run(sum_until(pinned_ticks(10), 25)), 30);
    let log = take_log();
    assert_eq!(
        log.last().map(String::as_str),
        Some("drop pinned body"),
        "{log:?}"
    );
    // An `Unpin` source goes the same way.
    assert_eq!(coro::run(sum_all(ticks(3))), 3);
}

// Cancelling (dropping) the awaiter at every suspension of the loop drops
// the source once, wherever it was.
#[test]
fn dropping_an_async_for_at_every_suspension_drops_the_source_once() {
    take_log();
    let (sum, polls) = drive(sum_all(pinned_ticks(3)));
    assert_eq!(sum, 30);
    assert!(polls > 3, "{polls}");
    for k in 1..polls {
        take_log();
        let mut machine = Box::pin(sum_all(pinned_ticks(3)));
        let mut cx = Context::from_waker(std::task::Waker::noop());
        for _ in 0..k {
            assert!(
                coro::Awaitable::resume(machine.as_mut(), &mut cx).is_pending(),
                "k={k}"
            );
        }
        drop(machine);
        let log = take_log();
        let news = log.iter().filter(|e| *e == "new pinned body").count();
        let drops = log.iter().filter(|e| *e == "drop pinned body").count();
        assert_eq!((news, drops), (1, 1), "k={k}: {log:?}");
    }
}

// Python: `close()` at any point runs the body's cleanup exactly once (and
// is a no-op once the generator finished). Checked at every yield.
#[test]
fn close_at_every_yield_drops_the_body_once() {
    for k in 0..=5 {
        take_log();
        let mut g = borrowing(4);
        for i in 0..k {
            let expected = if i < 4 {
                GeneratorState::Yielded(i)
            } else {
                GeneratorState::Complete(())
            };
            assert_eq!(g.send(()), expected, "k={k}");
        }
        g.close();
        drop(g);
        let log = take_log();
        let ran = usize::from(k > 0);
        assert_eq!(
            log.iter().filter(|e| *e == "new borrowing body").count(),
            ran,
            "k={k}"
        );
        assert_eq!(
            log.iter().filter(|e| *e == "drop borrowing body").count(),
            ran,
            "k={k}"
        );
    }
}

// Python: `aclose()` / `athrow()` at any point of an async generator run
// its cleanup exactly once; afterwards `anext()` is exhausted. Checked
// after every value, and before the first (`athrow` on a generator that
// never started raises at once).
#[test]
fn aclose_and_athrow_at_every_yield_drop_the_body_once() {
    for k in 0..=3 {
        for throw in [false, true] {
            take_log();
            let (got, thrown, after) = coro::run(coro::from_future(async move {
                let mut agen = Box::pin(pinned_ticks(3));
                let mut got = Vec::new();
                for _ in 0..k {
                    got.push(coro::into_future(agen.next()).await);
                }
                let thrown = if throw {
                    coro::into_future(agen.athrow(Boom(k))).await.err()
                } else {
                    coro::into_future(agen.aclose()).await;
                    None
                };
                let after = coro::into_future(agen.next()).await;
                (got, thrown, after)
            }));
            let expected: Vec<Option<u32>> = (0..k)
                .map(|i| if i < 3 { Some(u32::from(i) * 10) } else { None })
                .collect();
            assert_eq!(got, expected, "k={k}");
            assert_eq!(thrown, throw.then_some(Boom(k)), "k={k}");
            assert_eq!(after, None, "k={k}");
            let log = take_log();
            let ran = usize::from(k > 0);
            assert_eq!(
                log.iter().filter(|e| *e == "new pinned body").count(),
                ran,
                "k={k}"
            );
            assert_eq!(
                log.iter().filter(|e| *e == "drop pinned body").count(),
                ran,
                "k={k}"
            );
        }
    }
}
