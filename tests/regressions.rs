//! Programs an adversarial review found miscompiled; each is checked against
//! the same body as an `async fn` (see tests/support).
#[macro_use]
mod support;
use support::*;

mod closures_in_copied_code {
    use super::*;
    twins! {
        fn closure_in_loop(n: i32) -> i32 {
            let mut acc = 0;
            for i in 0..n {
                let add = |x: i32| x + 1;
                tick("t").await;
                acc += add(i);
            }
            acc
        }
        fn closure_after_if(c: bool) -> i32 {
            if c {
                tick("then").await;
            }
            let add = |x: i32| x + 1;
            tick("after").await;
            add(1)
        }
        fn adapter_in_nested_loop(n: u64) -> u64 {
            let mut total = 0;
            for i in 0..n {
                for x in (0..i).map(|j| j * 2) {
                    total += ready("x", x).await;
                }
            }
            total
        }
    }

    #[test]
    fn closures_are_not_duplicated() {
        assert_eq!(assert_twins!(closure_in_loop(3)), 6);
        assert_eq!(assert_twins!(closure_after_if(true)), 2);
        assert_eq!(assert_twins!(closure_after_if(false)), 2);
        assert_eq!(assert_twins!(adapter_in_nested_loop(4)), 2 + (2 + 4));
    }
}

mod format_specs {
    use super::*;
    twins! {
        fn width_shadowed(n: usize) -> String {
            let width = 10;
            let mut out = String::new();
            for _ in 0..1 {
                let width = ready("w", n).await;
                out = format!("[{:>width$}]", "x");
            }
            let _ = width;
            out
        }
        fn precision_shadowed(n: usize) -> String {
            let prec = 1;
            let out = if n > 0 {
                let prec = ready("p", n).await;
                format!("{:.prec$}", 3.14159)
            } else {
                String::new()
            };
            format!("{out} {prec}")
        }
        fn stringify_shadowed(n: i32) -> String {
            let x = n;
            if x > 0 {
                let x = ready("x", x).await;
                return format!("{} = {}", stringify!(x), x);
            }
            String::new()
        }
    }

    #[test]
    fn renamed_bindings_keep_their_names_in_formats() {
        assert_eq!(assert_twins!(width_shadowed(3)), "[  x]");
        assert_eq!(assert_twins!(precision_shadowed(3)), "3.142 1");
        assert_eq!(assert_twins!(stringify_shadowed(3)), "x = 3");
    }
}

mod endings_and_conditions {
    use super::*;
    twins! {
        fn diverging_last_statement(c: u8) -> i32 {
            tick("t").await;
            match c {
                0 => return 1,
                _ => return 2,
            };
        }
        fn todo_after_branch(c: bool) -> i32 {
            if c {
                tick("t").await;
                return 1;
            }
            unreachable!();
        }
        fn while_block_condition(limit: i32) -> i32 {
            let (mut out, mut w) = (0, 0);
            while {
                w += 1;
                ready("w", w).await < limit
            } {
                out += w;
            }
            out
        }
    }

    #[test]
    fn bodies_ending_in_a_diverging_statement_and_block_conditions() {
        assert_eq!(assert_twins!(diverging_last_statement(0)), 1);
        assert_eq!(assert_twins!(diverging_last_statement(5)), 2);
        assert_eq!(assert_twins!(todo_after_branch(true)), 1);
        assert_eq!(assert_twins!(while_block_condition(3)), 3);
    }
}

/// A sub-awaitable that panics should poison the coroutine, as in an
/// `async fn`: resuming again should panic instead of polling the panicked
/// awaitable. Known limit ARCHITECTURE.md#panicking-awaitee: marking it costs a landing
/// pad in every await's hot path.
mod panicking_awaitee {
    use std::pin::Pin;
    use std::task::{Context, Poll, Waker};

    struct Boom;

    impl coro::Awaitable for Boom {
        type Output = u32;
        fn resume(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> {
            panic!("boom")
        }
    }

    #[coro::coroutine]
    fn outer() -> u32 {
        let v = vec![1u32];
        let r = &v;
        let x = Boom.await;
        x + r[0]
    }

    #[test]
    fn resuming_after_the_awaitee_panicked_panics() {
        let mut machine = Box::pin(outer());
        let mut cx = Context::from_waker(Waker::noop());
        let first = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = coro::Awaitable::resume(machine.as_mut(), &mut cx);
        }));
        assert!(first.is_err(), "the awaitee's panic propagates");
        let second = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = coro::Awaitable::resume(machine.as_mut(), &mut cx);
        }));
        let message = second.expect_err("resuming again panics");
        let text = message
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| message.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        assert!(text.contains("resumed after panicking"), "{text}");
    }
}
