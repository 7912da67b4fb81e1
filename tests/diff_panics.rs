//! Differential tests: panics (with drops during unwinding), resuming a
//! finished or panicked coroutine, and a size report.
#[macro_use]
mod support;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use support::*;

mod unwinding {
    use super::*;
    twins! {
        fn panics_after_await(n: i32) -> i32 {
            let a = Tracked::new("a");
            let v = ready("r", n).await;
            let b = Tracked::new("b");
            if v > 0 {
                panic!("boom {v}");
            }
            tick("t").await;
            log(format!("{} {}", a.name(), b.name()));
            v
        }
        fn panic_in_sub_coroutine() -> i32 {
            let outer = Tracked::new("outer");
            let v = panics_after_await(val("arg", 2)).await;
            log(outer.name());
            v
        }
        fn panic_inside_loop() -> i32 {
            let mut i = 0;
            loop {
                let t = Tracked::new("iter");
                i += ready("i", 1).await;
                if i == 2 {
                    panic!("loop {}", t.name());
                }
                log(t.name());
            }
        }
    }

    #[test]
    fn panics_propagate_with_equal_unwinding() {
        assert_eq!(
            assert_twins_catch!(panics_after_await(1)),
            Err("boom 1".to_string())
        );
        assert_eq!(assert_twins_catch!(panics_after_await(0)), Ok((0, 3)));
        assert_eq!(
            assert_twins_catch!(panic_in_sub_coroutine()),
            Err("boom 2".to_string())
        );
        assert_eq!(
            assert_twins_catch!(panic_inside_loop()),
            Err("loop iter".to_string())
        );
    }
}

/// `-> !` (issue 11's corpus: tokio's `issue_4175_main_1` is `async fn f() -> ! {
/// panic!() }`): the machine's output is `!` under its stable name.
mod diverging {
    use super::*;
    twins! {
        fn never_returns(n: i32) -> ! {
            let a = Tracked::new("a");
            let v = ready("r", n).await;
            panic!("gave up at {v} with {}", a.name())
        }
        fn loops_forever() -> ! {
            let mut i = 0;
            loop {
                i += ready("i", 1).await;
                if i == 3 {
                    panic!("stopped at {i}");
                }
            }
        }
        fn awaits_a_diverging_coroutine() -> u8 {
            let _outer = Tracked::new("outer");
            tick("t").await;
            never_returns(2).await
        }
    }

    #[test]
    fn a_coroutine_declared_to_diverge_panics_like_its_async_fn() {
        assert_eq!(
            assert_twins_catch!(never_returns(1)).unwrap_err(),
            "gave up at 1 with a"
        );
        assert_eq!(
            assert_twins_catch!(loops_forever()).unwrap_err(),
            "stopped at 3"
        );
        assert_eq!(
            assert_twins_catch!(awaits_a_diverging_coroutine()),
            Err("gave up at 2 with a".to_string())
        );
    }
}

#[coro::coroutine]
fn short(n: i32) -> i32 {
    let t = Tracked::new("t");
    let v = ready("r", n).await;
    if v < 0 {
        panic!("negative");
    }
    log(t.name());
    v
}

fn resume<A: coro::Awaitable>(a: Pin<&mut A>) -> Poll<A::Output> {
    a.resume(&mut Context::from_waker(Waker::noop()))
}

#[test]
fn resumed_after_completion_panics() {
    let mut m = Box::pin(short(3));
    assert!(resume(m.as_mut()).is_pending());
    assert_eq!(resume(m.as_mut()), Poll::Ready(3));
    take_log();
    let err = catch(|| resume(m.as_mut())).unwrap_err();
    assert!(err.contains("resumed after completion"), "message: {err}");
    // Nothing ran again: no poll, no drop.
    assert_eq!(take_log(), Vec::<String>::new());
    // And it keeps panicking the same way.
    let err = catch(|| resume(m.as_mut())).unwrap_err();
    assert!(err.contains("resumed after completion"), "message: {err}");
}

#[test]
fn resumed_after_panicking_panics() {
    let mut m = Box::pin(short(-1));
    assert!(resume(m.as_mut()).is_pending());
    let err = catch(|| resume(m.as_mut())).unwrap_err();
    assert_eq!(err, "negative");
    assert_eq!(take_log(), ["new t", "poll r", "poll r", "drop t"]);
    let err = catch(|| resume(m.as_mut())).unwrap_err();
    assert!(err.contains("resumed after panicking"), "message: {err}");
    assert_eq!(take_log(), Vec::<String>::new());
    drop(m);
    assert_eq!(take_log(), Vec::<String>::new(), "nothing dropped twice");
}

mod sizes {
    use super::*;
    twins! {
        fn holds_u64() -> u64 {
            let big: u64 = val("big", 1 << 40);
            tick("t").await;
            big
        }
        fn holds_nothing() -> u8 {
            tick("t").await;
            1
        }
    }

    /// Prints sizes only; the honest comparison lives in BENCHMARKS.md.
    #[test]
    fn size_report() {
        let c = std::mem::size_of_val(&coro_side::holds_u64());
        let n = std::mem::size_of_val(&native_side::holds_u64());
        println!("holds_u64: coro {c} bytes, async fn {n} bytes");
        // A u64 alive across the await must be stored in the machine.
        assert!(c >= 8, "machine too small to hold the u64: {c}");
        let c0 = std::mem::size_of_val(&coro_side::holds_nothing());
        let n0 = std::mem::size_of_val(&native_side::holds_nothing());
        println!("holds_nothing: coro {c0} bytes, async fn {n0} bytes");
        take_log();
        assert_eq!(assert_twins!(holds_u64()), 1 << 40);
        assert_eq!(assert_twins!(holds_nothing()), 1);
    }
}

/// A panic out of an awaited value (limit 11): an `async fn`'s unwinding
/// drops its locals on the way out and poisons it, so the drops come before
/// the caller's `catch_unwind` returns and a second poll panics. The
/// coroutine does the same where the suspended variant holds values that
/// may need drop (`emit::arms::polled_in_variant`); until the thirteenth
/// session they dropped only with the coroutine, after the catch.
mod awaitee_panics {
    use super::*;
    use std::future::Future;

    pub struct Boom(&'static str);

    impl coro::Awaitable for Boom {
        type Output = usize;
        fn resume(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<usize> {
            panic!("{}", self.0)
        }
    }

    impl Future for Boom {
        type Output = usize;
        fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<usize> {
            panic!("{}", self.0)
        }
    }

    twins! {
        fn leaf_panics(k: usize) -> usize {
            let _outer = Tracked::new("outer");
            let n = ready("r", k).await;
            let inner = Tracked::new("inner");
            n + Boom("leaf").await + inner.name().len()
        }
        fn nested_panics(k: usize) -> usize {
            let _guard = Tracked::new("guard");
            let n = leaf_panics(k).await;
            n + 1
        }
        fn panics_in_a_loop(k: usize) -> usize {
            let mut total = 0;
            for i in 0..3 {
                let _turn = Tracked::new("turn");
                total += ready("r", i).await;
                if i == k {
                    total += Boom("loop").await;
                }
            }
            total
        }
    }

    /// Polls to the panic under `catch_unwind`, logs the catch, then polls
    /// once more and logs whether that panicked as a poisoned coroutine.
    fn poll_past_panic(mut poll: impl FnMut() -> Poll<usize>) {
        loop {
            match catch(&mut poll) {
                Ok(Poll::Pending) => continue,
                Ok(Poll::Ready(v)) => log(format!("ready {v}")),
                Err(e) => log(format!("caught {e}")),
            }
            break;
        }
        match catch(&mut poll) {
            Ok(_) => log("polled again"),
            Err(e) => log(format!(
                "second poll panics (poisoned: {})",
                e.contains("resumed after panicking")
            )),
        }
    }

    /// The logs of both sides: the catch, the second poll, the drop.
    fn compare<C, N>(c: C, n: N) -> Vec<String>
    where
        C: coro::Awaitable<Output = usize>,
        N: Future<Output = usize>,
    {
        take_log();
        let mut c = Box::pin(c);
        poll_past_panic(|| resume(c.as_mut()));
        drop(c);
        log("dropped");
        let c_log = take_log();
        let mut n = Box::pin(n);
        poll_past_panic(|| n.as_mut().poll(&mut Context::from_waker(Waker::noop())));
        drop(n);
        log("dropped");
        let n_log = take_log();
        assert_eq!(c_log, n_log, "event logs differ");
        c_log
    }

    #[test]
    fn locals_drop_while_unwinding_and_the_coroutine_is_poisoned() {
        let log = compare(coro_side::leaf_panics(1), native_side::leaf_panics(1));
        assert!(log.contains(&"caught leaf".to_string()), "{log:?}");
        assert!(
            log.contains(&"second poll panics (poisoned: true)".to_string()),
            "{log:?}"
        );
        let drops = log.iter().position(|e| e == "drop inner").unwrap();
        let caught = log.iter().position(|e| e == "caught leaf").unwrap();
        assert!(drops < caught, "{log:?}");
        compare(coro_side::nested_panics(2), native_side::nested_panics(2));
        for k in 0..4 {
            compare(
                coro_side::panics_in_a_loop(k),
                native_side::panics_in_a_loop(k),
            );
        }
    }
}
