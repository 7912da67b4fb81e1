//! Differential tests: `.await` in control flow (if, match, loops, labels,
//! break values, return, `?`).
#[macro_use]
mod support;
use support::*;

#[derive(Debug, PartialEq)]
pub struct MyErr(pub String);

impl From<std::num::ParseIntError> for MyErr {
    fn from(e: std::num::ParseIntError) -> MyErr {
        log("from ParseIntError");
        MyErr(e.to_string())
    }
}

impl From<&'static str> for MyErr {
    fn from(e: &'static str) -> MyErr {
        log("from str");
        MyErr(e.to_string())
    }
}

mod branches {
    use super::*;
    twins! {
        fn if_scrutinee_and_arms(n: i32) -> i32 {
            if ready("cond", n > 0).await {
                ready("then", n * 2).await
            } else if val("elif", n == 0) {
                log("zero");
                0
            } else {
                let t = Tracked::new("else");
                let r = ready("else", -1).await;
                log(t.name());
                r
            }
        }
        fn if_without_else(n: i32) -> i32 {
            let mut x = 0;
            if n > 1 {
                x += ready("a", 1).await;
            }
            if ready("c", n > 2).await {
                x += 10;
            }
            x
        }
        fn if_let_else(o: Option<i32>) -> i32 {
            if let Some(v) = ready("o", o).await {
                v + ready("some", 1).await
            } else {
                ready("none", 0).await
            }
        }
        fn match_scrutinee_and_arms(n: u8) -> String {
            match ready("scrut", n).await {
                0 => String::from("zero"),
                1 | 2 => {
                    let s = ready("small", format!("small{n}")).await;
                    s
                }
                x if x < 10 => format!("mid{}", ready("mid", x).await),
                _ => {
                    let t = Tracked::new("big");
                    tick("big").await;
                    t.name().to_string()
                }
            }
        }
        fn match_bindings_moved(o: Option<(i32, String)>) -> String {
            match ready("o", o).await {
                Some((n, s)) if n > 0 => {
                    tick("pos").await;
                    format!("{s}{n}")
                }
                Some((_, s)) => s,
                None => ready("none", String::from("none")).await,
            }
        }
        fn match_as_value_in_expr(n: i32) -> i32 {
            val("left", 100) + match n {
                0 => ready("zero", 0).await,
                _ => val("other", n),
            } + ready("right", 1).await
        }
    }

    #[test]
    fn if_and_match() {
        assert_eq!(assert_twins!(if_scrutinee_and_arms(3)), 6);
        assert_eq!(assert_twins!(if_scrutinee_and_arms(0)), 0);
        assert_eq!(assert_twins!(if_scrutinee_and_arms(-3)), -1);
        for n in 0..4 {
            assert_eq!(assert_twins!(if_without_else(n)), [0, 0, 1, 11][n as usize]);
        }
        assert_eq!(assert_twins!(if_let_else(Some(2))), 3);
        assert_eq!(assert_twins!(if_let_else(None)), 0);
        for (n, s) in [(0, "zero"), (2, "small2"), (5, "mid5"), (50, "big")] {
            assert_eq!(assert_twins!(match_scrutinee_and_arms(n)), s);
        }
        let o = |n: i32| Some((n, String::from("s")));
        assert_eq!(assert_twins!(match_bindings_moved(o(3))), "s3");
        assert_eq!(assert_twins!(match_bindings_moved(o(-3))), "s");
        assert_eq!(assert_twins!(match_bindings_moved(None)), "none");
        assert_eq!(assert_twins!(match_as_value_in_expr(0)), 101);
        assert_eq!(assert_twins!(match_as_value_in_expr(5)), 106);
    }
}

mod loops {
    use super::*;
    twins! {
        fn loop_break_value() -> i32 {
            let mut i = 0;
            let r = loop {
                i += ready("i", 1).await;
                if i == 3 {
                    break i * ready("brk", 10).await;
                }
            };
            r + 1
        }
        fn while_await_condition() -> u32 {
            let mut n = 0;
            while ready("cond", n).await < 3 {
                let t = Tracked::new("body");
                n += 1;
                log(t.name());
            }
            n
        }
        fn while_let_await() -> Vec<i32> {
            let mut stack = vec![1, 2, 3];
            let mut out = Vec::new();
            while let Some(v) = ready("pop", stack.pop()).await {
                out.push(v * ready("mul", 2).await);
            }
            out
        }
        fn for_iterator_awaited() -> i32 {
            let mut sum = 0;
            for x in ready("iter", vec![1, 2, 3]).await {
                sum += x;
                log(format!("x {x}"));
            }
            for i in 0..ready("n", 2).await {
                sum += ready("body", i * 100).await;
            }
            sum
        }
        fn for_with_tracked_items() -> usize {
            let items = vec![Tracked::new("a"), Tracked::new("b")];
            let mut n = 0;
            for t in items {
                tick("item").await;
                log(t.name());
                n += 1;
            }
            n
        }
        fn labelled_break_continue() -> Vec<(i32, i32)> {
            let mut out = Vec::new();
            'outer: for i in 0..4 {
                let mut j = 0;
                'inner: loop {
                    j += 1;
                    if ready("j", j).await > 2 {
                        break 'inner;
                    }
                    if i == 1 {
                        continue 'outer;
                    }
                    if i == 3 {
                        break 'outer;
                    }
                    out.push((i, j));
                }
                tick("outer").await;
            }
            out
        }
        fn labelled_block_value(n: i32) -> i32 {
            let v = 'blk: {
                if ready("a", n).await > 5 {
                    break 'blk ready("early", 1).await;
                }
                log("late");
                2
            };
            v * 10
        }
        fn nested_loop_break_value() -> i32 {
            let r = 'a: loop {
                loop {
                    let v = ready("v", 4).await;
                    if v > 3 {
                        break 'a v + ready("x", 1).await;
                    }
                }
            };
            r
        }
        fn loop_continue_after_await() -> i32 {
            let mut i = 0;
            let mut odd = 0;
            while i < 5 {
                i += 1;
                if ready("parity", i % 2).await == 0 {
                    continue;
                }
                odd += i;
            }
            odd
        }
    }

    #[test]
    fn loops_with_awaits() {
        assert_eq!(assert_twins!(loop_break_value()), 31);
        assert_eq!(assert_twins!(while_await_condition()), 3);
        assert_eq!(assert_twins!(while_let_await()), vec![6, 4, 2]);
        assert_eq!(assert_twins!(for_iterator_awaited()), 106);
        assert_eq!(assert_twins!(for_with_tracked_items()), 2);
        assert_eq!(assert_twins!(loop_continue_after_await()), 9);
    }

    #[test]
    fn labels() {
        assert_eq!(
            assert_twins!(labelled_break_continue()),
            vec![(0, 1), (0, 2), (2, 1), (2, 2)]
        );
        assert_eq!(assert_twins!(labelled_block_value(9)), 10);
        assert_eq!(assert_twins!(labelled_block_value(1)), 20);
        assert_eq!(assert_twins!(nested_loop_break_value()), 5);
    }
}

mod returns {
    use super::*;
    twins! {
        fn return_awaited_value(n: i32) -> i32 {
            let t = Tracked::new("t");
            if n > 0 {
                return ready("ret", n).await;
            }
            log(t.name());
            -n
        }
        fn return_from_loop() -> i32 {
            let mut i = 0;
            loop {
                let t = Tracked::new("iter");
                i += ready("i", 1).await;
                if i == 2 {
                    let r = ready("r", 4).await;
                    log(t.name());
                    return i + r;
                }
            }
        }
        fn question_result(s: &'static str) -> Result<i32, MyErr> {
            let t = Tracked::new("t");
            let n: i32 = ready("parse", s).await.parse()?;
            let m = ready("check", if n > 10 { Err("too big") } else { Ok(n) }).await?;
            log(t.name());
            Ok(m * 2)
        }
        fn question_option(a: Option<i32>, b: Option<i32>) -> Option<i32> {
            let x = ready("a", a).await?;
            let y = val("b", b)?;
            Some(x + y + ready("c", 1).await)
        }
        fn question_on_sub_coroutine(s: &'static str) -> Result<i32, MyErr> {
            let v = question_result(s).await? + ready("after", 1).await;
            Ok(v)
        }
    }

    #[test]
    fn returns_and_try() {
        assert_eq!(assert_twins!(return_awaited_value(4)), 4);
        assert_eq!(assert_twins!(return_awaited_value(-4)), 4);
        assert_eq!(assert_twins!(return_from_loop()), 6);
        assert_eq!(assert_twins!(question_result("5")), Ok(10));
        assert!(assert_twins!(question_result("x")).is_err());
        assert_eq!(
            assert_twins!(question_result("50")),
            Err(MyErr("too big".into()))
        );
        assert_eq!(assert_twins!(question_option(Some(1), Some(2))), Some(4));
        assert_eq!(assert_twins!(question_option(None, Some(2))), None);
        assert_eq!(assert_twins!(question_option(Some(1), None)), None);
        assert_eq!(assert_twins!(question_on_sub_coroutine("3")), Ok(7));
        assert!(assert_twins!(question_on_sub_coroutine("q")).is_err());
    }
}

mod dead_locals {
    use super::*;
    twins! {
        fn last_use_in_awaited_operand(n: i32) -> i32 {
            if n < 0 {
                let t = Tracked::new("else");
                return ready(t.name(), -1).await;
            }
            n
        }
        fn return_await_after_last_use() -> i32 {
            let t = Tracked::new("t");
            log(t.name());
            return ready("r", 4).await;
        }
        fn for_item_last_used_before_await() -> usize {
            let mut n = 0;
            for t in vec![Tracked::new("a"), Tracked::new("b")] {
                tick(t.name()).await;
                n += 1;
            }
            n
        }
    }

    #[test]
    fn local_used_only_in_awaited_operand_lives_to_scope_end() {
        assert_eq!(assert_twins!(last_use_in_awaited_operand(-1)), -1);
        assert_eq!(assert_twins!(for_item_last_used_before_await()), 2);
    }

    #[test]
    fn local_used_only_before_await_lives_to_scope_end() {
        assert_eq!(assert_twins!(return_await_after_last_use()), 4);
    }
}

mod match_guards {
    use super::*;
    twins! {
        fn await_in_match_guard(n: i32) -> i32 {
            let t = Tracked::new("t");
            match val("scrut", n) {
                x if ready("guard", x > 2).await => x + t.name().len() as i32,
                _ => 0,
            }
        }
    }

    #[test]
    fn guard_may_await() {
        assert_eq!(assert_twins!(await_in_match_guard(5)), 6);
        assert_eq!(assert_twins!(await_in_match_guard(1)), 0);
    }
}

/// A binding declared without a value and assigned in await-free code
/// right before a `break` to a join the machine makes (out of a labelled
/// block or a loop whose other path suspends): the jump's edge did not
/// count it initialised, so the join declared it again, uninitialised
/// (E0282 at the attribute; the `async fn` compiles). Found by the
/// 5,000-program run (program seed 4363628531533056865: the split of a
/// partly moved binding assigns its fields so, in a `let` chain's `then`,
/// which the lowering makes a `break` out of a labelled block).
mod assigned_before_a_break {
    use super::*;

    pub struct Pair {
        pub a: Tracked,
        pub b: Tracked,
    }

    fn log_pair(p: &Pair) {
        log(format!("pair {} {}", p.a.name(), p.b.name()));
    }

    twins! {
        fn out_of_a_labelled_block(c: bool) -> usize {
            let x: Tracked;
            'l: {
                if c {
                    x = Tracked::new("a");
                    break 'l;
                }
                x = ready("r", Tracked::new("b")).await;
            }
            tick("t").await;
            x.name().len()
        }
        fn in_a_break_value(c: bool) -> usize {
            let x;
            let n = 'l: {
                if c {
                    break 'l usize::from({ x = Tracked::new("a"); true });
                }
                x = ready("r", Tracked::new("bb")).await;
                2
            };
            tick("t").await;
            x.name().len() + n
        }
        fn out_of_a_loop(k: usize) -> usize {
            let x;
            let mut i = 0;
            loop {
                if i == k {
                    x = Tracked::new("found");
                    break;
                }
                i += 1;
                tick("t").await;
            }
            tick("u").await;
            x.name().len() + i
        }
        fn split_fields_in_a_let_chain(n: i64) -> usize {
            let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
            tick("r").await;
            if let Some(t) = Some({ log_pair(&p); Tracked::new("t") }) && n < 2 {
                log(t.name());
            } else {
                let a = p.a;
                tick("e").await;
                log(a.name());
            }
            log(p.b.name());
            0
        }
    }

    #[test]
    fn initialised_on_the_jump() {
        assert_eq!(assert_twins!(out_of_a_labelled_block(true)), 1);
        assert_eq!(assert_twins!(out_of_a_labelled_block(false)), 1);
        assert_eq!(assert_twins!(in_a_break_value(true)), 2);
        assert_eq!(assert_twins!(in_a_break_value(false)), 4);
        assert_eq!(assert_twins!(out_of_a_loop(0)), 5);
        assert_eq!(assert_twins!(out_of_a_loop(2)), 7);
        assert_eq!(assert_twins!(split_fields_in_a_let_chain(1)), 0);
        assert_eq!(assert_twins!(split_fields_in_a_let_chain(3)), 0);
    }
}

/// A binding declared without a value, assigned on some paths only and
/// not read after the join (so rustc lets it be possibly initialised
/// there): Rust drops it at its scope's end where it was assigned (a drop
/// flag). The machine dropped it at the join's suspension (an early drop),
/// or, assigned in await-free code beside a jump to the join (`if c { x =
/// v; } else { break 'l; }`), counted it initialised on the jump
/// (`Edge::assigned_in_fragment`, not path-exact), carried it there and
/// was E0381. It gets a home, whose guard is the drop flag.
#[allow(unused_variables, unused_assignments)]
mod possibly_initialised {
    use super::*;

    twins! {
        fn assigned_beside_a_break(c: bool) -> usize {
            let x: Tracked;
            'l: {
                if c { x = Tracked::new("a"); } else { break 'l; }
                tick("t").await;
                log(x.name());
            }
            log("joined");
            tick("u").await;
            0
        }
        fn assigned_before_a_break_not_read(c: bool) -> usize {
            let x: Tracked;
            'l: {
                if c {
                    x = Tracked::new("a");
                    break 'l;
                }
                x = ready("r", Tracked::new("b")).await;
            }
            log("joined");
            tick("u").await;
            0
        }
        fn assigned_in_a_branch(c: bool) -> usize {
            let x: Tracked;
            tick("t").await;
            if c {
                x = Tracked::new("b");
            }
            log("after");
            tick("u").await;
            0
        }
        fn awaited_in_a_branch(c: bool) -> usize {
            let x: Tracked;
            if c {
                x = ready("r", Tracked::new("b")).await;
            }
            log("after");
            tick("u").await;
            0
        }
        fn in_a_loop(k: usize) -> usize {
            let mut i = 0;
            loop {
                let x: Tracked;
                if i % 2 == 0 {
                    x = Tracked::new("even");
                }
                i += 1;
                if i > k {
                    break;
                }
                tick("t").await;
            }
            i
        }
    }

    #[test]
    fn dropped_at_the_scope_end_where_assigned() {
        for c in [true, false] {
            assert_eq!(assert_twins!(assigned_beside_a_break(c)), 0);
            assert_eq!(assert_twins!(assigned_before_a_break_not_read(c)), 0);
            assert_eq!(assert_twins!(assigned_in_a_branch(c)), 0);
            assert_eq!(assert_twins!(awaited_in_a_branch(c)), 0);
        }
        for k in 0..4 {
            assert_eq!(assert_twins!(in_a_loop(k)), k + 1);
        }
    }
}

/// Adversarial round 10 (`min_question_on_controlflow_refused.rs`): `?` on
/// `ControlFlow` (and on `Poll<Result<..>>`, std's other `Try` types) was
/// E0277 naming coro's private `Branch`: only `Result` and `Option` had it.
mod question_on_std_try_types {
    use super::*;
    use std::ops::ControlFlow;
    use std::task::Poll;

    twins! {
        fn visit(k: i64) -> ControlFlow<Tracked, i64> {
            tick("visit").await;
            if k == 1 || k > 100 {
                ControlFlow::Break(Tracked::new("stop"))
            } else {
                ControlFlow::Continue(k * 10)
            }
        }
        fn visit_twice(k: i64) -> ControlFlow<Tracked, i64> {
            let v = visit(k).await?;
            let w = visit(v).await?;
            ControlFlow::Continue(w + 1)
        }
        fn stream_item(k: i64) -> Poll<Option<Result<i64, String>>> {
            let item: Poll<Option<Result<i64, &str>>> =
                if k > 0 { Poll::Ready(Some(Ok(k))) } else { Poll::Ready(Some(Err("bad"))) };
            let v = item?;
            tick("t").await;
            let end: Poll<Option<Result<i64, &str>>> = Poll::Ready(None);
            let e = end?;
            Poll::Ready(Some(Ok(match (v, e) {
                (Poll::Ready(Some(n)), Poll::Ready(None)) => n,
                _ => -1,
            })))
        }
        fn outcome(k: i64) -> ControlFlow<&'static str, i64> {
            match visit_twice(k).await {
                ControlFlow::Break(t) => ControlFlow::Break(t.into_name()),
                ControlFlow::Continue(c) => ControlFlow::Continue(c),
            }
        }
        fn poll_result(k: i64) -> Poll<Result<i64, String>> {
            let ready: Poll<Result<i64, &str>> = if k > 0 { Poll::Ready(Ok(k)) } else { Poll::Ready(Err("neg")) };
            let v = ready?;
            tick("t").await;
            let pending: Poll<Result<i64, &str>> = Poll::Pending;
            let p = pending?;
            Poll::Ready(Ok(v.map(|n| n + i64::from(p.is_pending())).is_ready() as i64))
        }
    }

    #[test]
    fn question_on_control_flow() {
        assert_eq!(assert_twins!(outcome(1)), ControlFlow::Break("stop"));
        assert_eq!(assert_twins!(outcome(20)), ControlFlow::Break("stop"));
        assert_eq!(assert_twins!(outcome(3)), ControlFlow::Continue(301));
    }

    #[test]
    fn question_on_a_stream_item() {
        assert_eq!(assert_twins!(stream_item(3)), Poll::Ready(Some(Ok(3))));
        assert_eq!(
            assert_twins!(stream_item(0)),
            Poll::Ready(Some(Err("bad".to_string())))
        );
    }

    #[test]
    fn question_on_poll_result() {
        assert_eq!(assert_twins!(poll_result(2)), Poll::Ready(Ok(1)));
        assert_eq!(
            assert_twins!(poll_result(0)),
            Poll::Ready(Err("neg".to_string()))
        );
    }
}
