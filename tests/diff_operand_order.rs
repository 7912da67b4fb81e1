//! Operand evaluation order is one rule (`lower::operands`), shared by calls,
//! methods, literals and macros: each form is checked against the same body
//! as an `async fn`, with and without homes (issue 10).
#[macro_use]
mod support;
use support::*;

fn pair(a: u32, b: u32) -> Vec<u32> {
    vec![a, b]
}

mod operand_order_in_macros {
    use super::*;
    twins! {
        // `vec!` read `x` after the later operand's assignment ([5, 2]).
        fn vec_reads_place_before_later_assignment() -> Vec<u32> {
            let mut x = 1u32;
            let v = vec![x, { x = 5; ready("two", 2u32) }.await];
            vec![v[0], v[1], x]
        }
        fn call_reads_place_before_later_assignment() -> Vec<u32> {
            let mut x = 1u32;
            let mut v = pair(x, { x = 5; ready("two", 2u32) }.await);
            v.push(x);
            v
        }
        fn tuple_and_array_read_place_before_later_assignment() -> ([u32; 2], (u32, u32)) {
            let mut x = 1u32;
            let a = [x, { x = 5; ready("two", 2u32) }.await];
            let t = (x, { x = 6; ready("three", 3u32) }.await);
            (a, (t.0 + x - 6, t.1))
        }
        // With homes (`r` borrows `v` across an await), and the shape that
        // was a use-after-free: `v` is replaced by the later operand.
        fn vec_with_home_reads_before_later_operand() -> Vec<u32> {
            let mut v = vec![1u32, 2];
            let r = &v[0];
            tick("t").await;
            let first = *r;
            vec![first, { v = Vec::new(); ready("two", 2u32) }.await, v.len() as u32]
        }
        fn vec_with_home_and_awaits() -> Vec<u32> {
            let v = vec![10u32, 20];
            let r = &v;
            tick("t").await;
            vec![r[0], ready("two", 2u32).await, r[1]]
        }
        fn format_println_assert_with_home() -> String {
            let v = vec![3u32, 4];
            let r = &v;
            tick("t").await;
            println!("{} {}", r[0], ready("p", 1u32).await);
            assert_eq!(r[1], ready("four", 4u32).await);
            format!("{}-{}", r[0], ready("f", 5u32).await)
        }
    }

    #[test]
    fn macros_evaluate_operands_in_rusts_order() {
        assert_eq!(
            assert_twins!(vec_reads_place_before_later_assignment()),
            vec![1, 2, 5]
        );
        assert_eq!(
            assert_twins!(call_reads_place_before_later_assignment()),
            vec![1, 2, 5]
        );
        assert_eq!(
            assert_twins!(tuple_and_array_read_place_before_later_assignment()),
            ([1, 2], (5, 3))
        );
    }

    #[test]
    fn macros_with_awaits_in_coroutines_with_homes() {
        assert_eq!(
            assert_twins!(vec_with_home_reads_before_later_operand()),
            vec![1, 2, 0]
        );
        assert_eq!(assert_twins!(vec_with_home_and_awaits()), vec![10, 2, 20]);
        assert_eq!(assert_twins!(format_println_assert_with_home()), "3-5");
    }
}

/// Found by the fidelity generator (classes `let-underscore`, `paren-operand`).
mod generator_findings {
    use super::*;
    twins! {
        // `let _ = x.await;` drops the awaited value at once.
        fn let_underscore_drops_the_awaited_value_at_once() -> i64 {
            let _ = ready("r", Tracked::new("w")).await;
            log("after");
            0
        }
        // A parenthesised operand hoisted before an awaiting sibling is
        // bound without its parentheses (no `unused_parens`; this file is
        // built with warnings denied by clippy).
        fn parenthesised_operand_before_an_await() -> i64 {
            let n: i64 = [(1 - 2), ready("r", 3).await][0];
            n
        }
    }

    #[test]
    fn let_underscore_and_parenthesised_operands() {
        assert_eq!(
            assert_twins!(let_underscore_drops_the_awaited_value_at_once()),
            0
        );
        assert_eq!(assert_twins!(parenthesised_operand_before_an_await()), -1);
    }
}

/// A compound assignment one of whose sides suspends: on built-in
/// operators (both sides integers, floats or `bool`) Rust evaluates the
/// value first, as the coroutine does, whatever effects the place's
/// evaluation has (another type is a compile error there: ui test
/// `compound_assignment_place_first`, `coro::__private::compound_probes`).
mod compound_assignment_order {
    use super::*;

    fn next(k: usize) -> usize {
        log(format!("next {k}"));
        k
    }

    twins! {
        fn value_first_on_primitives(k: usize) -> i64 {
            let mut v = vec![1i64, 2, 3];
            v[next(k)] += ready("r", 5i64).await;
            v[next(k + 1)] <<= ready("s", 2u32).await;
            let mut w = vec![1.5f64];
            w[next(0)] *= ready("f", 2.0).await;
            let mut b = vec![true];
            b[next(0)] &= ready("b", false).await;
            v[ready("i", k).await] -= next(9) as i64;
            v[0] + v[1] + v[2] + w[0] as i64 + i64::from(b[0])
        }
        fn place_without_effects(k: usize) -> usize {
            let mut s = String::from("a");
            s += &ready("w", "bc".to_string()).await;
            let mut v = vec![String::new()];
            // The rewrite the check asks for: the place first.
            let r = &mut v[next(k)];
            *r += &ready("x", "d".to_string()).await;
            s.len() + v[0].len()
        }
    }

    #[test]
    fn compound_assignments() {
        assert_eq!(assert_twins!(value_first_on_primitives(0)), 11);
        assert_eq!(assert_twins!(value_first_on_primitives(1)), 14);
        assert_eq!(assert_twins!(place_without_effects(0)), 4);
    }
}

/// Adversarial round 9 (`min_computed_index_receiver_moved.rs`): a method's
/// receiver that is an index place with a computed index and an awaited
/// argument (`rows[i + 1].push(f().await)`) was moved into a temporary
/// (E0507 "cannot move out of index"); Rust autorefs it. Its index is now
/// evaluated first and the place borrowed where the call is made.
mod computed_index_receiver {
    use super::*;

    fn idx(i: usize) -> usize {
        log(format!("idx {i}"));
        i
    }

    twins! {
        fn pushed_through_a_computed_index(k: usize) -> usize {
            let mut rows: Vec<Vec<Tracked>> = vec![vec![], vec![], vec![]];
            let i = k;
            rows[i + 1].push(ready("b", Tracked::new("one")).await);
            rows[idx(i)].push(ready("c", Tracked::new("two")).await);
            rows[idx(i + 2) % 3].extend([ready("d", Tracked::new("three")).await]);
            rows[1].len() * 10 + rows[0].len() + rows[2].len()
        }
    }

    #[test]
    fn pushed_through_a_computed_index() {
        assert_eq!(assert_twins!(pushed_through_a_computed_index(0)), 12);
    }
}
