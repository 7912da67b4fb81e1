//! Differential tests: std macros with `.await` in their arguments.
#[macro_use]
mod support;
use std::fmt::Write;
use support::*;

mod format_like {
    use super::*;
    twins! {
        fn format_with_awaits() -> String {
            let name = "x";
            format!("{}-{name}-{:>3}-{v}", ready("a", 1).await, val("b", 2), v = ready("c", 3).await)
        }
        fn println_with_await() -> i32 {
            println!("value {}", ready("p", 5).await);
            eprintln!("{} {}", val("e", 1), ready("q", 6).await);
            1
        }
        fn write_with_await() -> String {
            let mut s = String::new();
            write!(s, "{}", ready("w", 7).await).unwrap();
            writeln!(s, "/{}", ready("w2", 8).await).unwrap();
            s
        }
        fn vec_macro() -> (Vec<i32>, Vec<u8>) {
            (vec![val("a", 1), ready("b", 2).await, ready("c", 3).await], vec![ready("rep", 9).await; 3])
        }
        fn assert_macros(n: i32) -> i32 {
            assert!(ready("cond", n).await > 0, "n was {}", n);
            assert_eq!(ready("l", n).await, val("r", n));
            assert_ne!(ready("ne", n).await, 0);
            n
        }
        fn matches_macro(o: Option<i32>) -> (bool, bool) {
            let a = matches!(ready("m", o).await, Some(x) if x > 2);
            let b = matches!(val("v", o), None) || matches!(ready("m2", 1).await, 1 | 2);
            (a, b)
        }
        fn macro_in_loop() -> Vec<String> {
            let mut out = vec![];
            for i in 0..3 {
                out.push(format!("{i}:{}", ready("i", i * i).await));
            }
            out
        }
    }

    #[test]
    fn format_and_collections() {
        assert_eq!(assert_twins!(format_with_awaits()), "1-x-  2-3");
        assert_eq!(assert_twins!(println_with_await()), 1);
        assert_eq!(assert_twins!(write_with_await()), "7/8\n");
        assert_eq!(assert_twins!(vec_macro()), (vec![1, 2, 3], vec![9, 9, 9]));
        assert_eq!(assert_twins!(macro_in_loop()), vec!["0:0", "1:1", "2:4"]);
    }

    #[test]
    fn asserts_and_matches() {
        assert_eq!(assert_twins!(assert_macros(3)), 3);
        assert_eq!(assert_twins!(matches_macro(Some(3))), (true, true));
        assert_eq!(assert_twins!(matches_macro(Some(1))), (false, true));
        assert_eq!(assert_twins!(matches_macro(None)), (false, true));
    }

    #[test]
    fn failing_assert_panics_alike() {
        let c = catch(|| support::drive(coro_side::assert_macros(-1)));
        let c_log = take_log();
        let n = catch(|| support::drive_future(native_side::assert_macros(-1)));
        let n_log = take_log();
        assert_eq!(c, n);
        assert_eq!(c.unwrap_err(), "n was -1");
        assert_eq!(c_log, n_log);
    }
}

/// A binding named in an opaque macro's input (a `macro_rules!` the
/// transform cannot expand) is taken to be borrowed there, as a method's
/// receiver is: it is held to the end of its scope, as an `async fn` holds
/// it, not dropped at the next suspension (it was until the twelfth
/// session: adversarial round 7, `min_macro_arg_binding_dropped_early`).
mod user_macro_inputs {
    use super::*;
    twins! {
        fn borrowing_macro_before_await() -> usize {
            macro_rules! len_of { ($t:expr) => { $t.name().len() }; }
            let t = Tracked::new("t");
            let n = len_of!(t);
            tick("a").await;
            tick("b").await;
            n
        }
        fn reference_in_macro_input() -> usize {
            macro_rules! len_of { ($t:expr) => { $t.name().len() }; }
            let u = Tracked::new("u");
            let n = len_of!(&u);
            tick("a").await;
            n
        }
        fn statement_macro_then_shadowed() -> usize {
            macro_rules! show { ($t:expr) => { log(format!("show {}", $t.name())) }; }
            let t = Tracked::new("first");
            show!(t);
            let t = Tracked::new("second");
            tick("a").await;
            show!(t);
            tick("b").await;
            t.name().len()
        }
        fn moving_macro_after_last_await() -> usize {
            macro_rules! consume { ($t:expr) => { $t.into_name().len() }; }
            let t = Tracked::new("t");
            tick("a").await;
            consume!(t)
        }
        fn moving_macro_inside_a_block() -> usize {
            macro_rules! consume { ($t:expr) => { $t.into_name().len() }; }
            let t = Tracked::new("t");
            let n = { let t = t; consume!(t) };
            tick("a").await;
            n
        }
        fn macro_in_a_loop_that_suspends() -> usize {
            macro_rules! len_of { ($t:expr) => { $t.name().len() }; }
            let mut total = 0;
            for i in 0..3 {
                let t = Tracked::new(if i == 1 { "odd" } else { "even" });
                total += len_of!(t);
                tick("turn").await;
            }
            total
        }
    }

    #[test]
    fn held_to_the_end_of_its_scope() {
        assert_eq!(assert_twins!(borrowing_macro_before_await()), 1);
        assert_eq!(assert_twins!(reference_in_macro_input()), 1);
        assert_eq!(assert_twins!(statement_macro_then_shadowed()), 6);
        assert_eq!(assert_twins!(macro_in_a_loop_that_suspends()), 11);
    }

    #[test]
    fn moved_where_nothing_suspends_after() {
        assert_eq!(assert_twins!(moving_macro_after_last_await()), 1);
        assert_eq!(assert_twins!(moving_macro_inside_a_block()), 1);
    }
}

/// `assert!(cond)` without a message panics with the condition as written;
/// the coroutine evaluates it with renamed or homed bindings in it, and
/// printed those until the twelfth session ("assertion failed:
/// x_shadowing1 == 3"; adversarial round 8).
mod assertion_messages {
    use super::*;

    twins! {
        fn shadowed_binding(k: i64) -> i64 {
            let x = k;
            let x = x + 1;
            tick("a").await;
            assert!(x == 3);
            debug_assert!(x > 2 && x < 4);
            x
        }
        fn homed_binding(n: usize) -> usize {
            let v: Vec<usize> = (0..n).collect();
            let r = &v;
            tick("a").await;
            assert!(v.len() == 2);
            r.len()
        }
        fn awaited_condition(k: i64) -> i64 {
            let x = k;
            let x = x + 1;
            assert!(ready("c", x).await == 3);
            x
        }
        fn with_a_message(k: i64) -> i64 {
            let x = k;
            let x = x + 1;
            tick("a").await;
            assert!(x == 3, "x was {}", x);
            x
        }
    }

    #[test]
    fn failing_assertions_print_the_condition_as_written() {
        for (c, n) in [
            (
                catch(|| support::drive(coro_side::shadowed_binding(1))),
                catch(|| support::drive_future(native_side::shadowed_binding(1))),
            ),
            (
                catch(|| support::drive(coro_side::with_a_message(5))),
                catch(|| support::drive_future(native_side::with_a_message(5))),
            ),
            (
                catch(|| support::drive(coro_side::awaited_condition(5))),
                catch(|| support::drive_future(native_side::awaited_condition(5))),
            ),
        ] {
            assert_eq!(c, n);
        }
        let c = catch(|| support::drive(coro_side::homed_binding(3)));
        let n = catch(|| support::drive_future(native_side::homed_binding(3)));
        assert_eq!(c, n);
        assert_eq!(c.unwrap_err(), "assertion failed: v.len() == 2");
        take_log();
        assert_eq!(assert_twins!(shadowed_binding(2)), 3);
        assert_eq!(assert_twins!(homed_binding(2)), 2);
        assert_eq!(assert_twins!(with_a_message(2)), 3);
        assert_eq!(assert_twins!(awaited_condition(2)), 3);
    }
}

/// Adversarial round 9 (`min_matches_guard_binding_not_found.rs`,
/// `min_matches_guard_await_refused.rs`): a guarded `matches!` is the
/// `match` std expands it to (`guarded_matches.rs`), so a binding the
/// transform renames or homes is found in its guard (E0425 before) and an
/// `.await` in its guard suspends (refused before).
mod guarded_matches {
    use super::*;

    twins! {
        fn guard_reads_a_homed_binding(k: i64) -> i64 {
            let v = vec![1i64, 2];
            let s = &v;
            let g = ready("g", 2).await;
            let m = matches!(Some(k), Some(n) if n >= g);
            tick("t").await;
            i64::from(m) + s.len() as i64
        }
        fn guard_reads_a_shadowed_binding(k: i64) -> i64 {
            let lim = 1;
            let lim = lim + k;
            tick("t").await;
            assert!(matches!(Some(k), Some(n) if n <= lim));
            i64::from(matches!(Some(k + 1), Some(n) if n <= lim))
        }
        // The generator's `matches-struct-lit` (fidelity/repro/gen14/
        // min_matches_struct_literal_scrutinee_panics.rs): a struct literal
        // in the scrutinee needs parentheses in the `match` (the macro
        // panicked).
        fn struct_literal_scrutinee(k: i64) -> i64 {
            i64::from(matches!(P2 { a: k, b: 2 }.sum(), m if m < ready("s", 10).await))
        }
        fn guard_awaits(k: i64) -> i64 {
            let t = Tracked::new("t");
            let a = matches!(Some(k), Some(n) if n >= ready("h", 1).await);
            let b = matches!(Some(&t), Some(x) if x.name().len() == ready("l", 1).await);
            i64::from(a) * 10 + i64::from(b)
        }
    }

    #[test]
    fn guard_reads_a_homed_binding() {
        assert_eq!(assert_twins!(guard_reads_a_homed_binding(1)), 2);
        assert_eq!(assert_twins!(guard_reads_a_homed_binding(3)), 3);
    }

    #[test]
    fn guard_reads_a_shadowed_binding() {
        assert_eq!(assert_twins!(guard_reads_a_shadowed_binding(2)), 1);
    }

    pub struct P2 {
        pub a: i64,
        pub b: i64,
    }

    impl P2 {
        pub fn sum(&self) -> i64 {
            self.a + self.b
        }
    }

    #[test]
    fn struct_literal_scrutinee() {
        assert_eq!(assert_twins!(struct_literal_scrutinee(1)), 1);
        assert_eq!(assert_twins!(struct_literal_scrutinee(9)), 0);
    }

    #[test]
    fn guard_awaits() {
        assert_eq!(assert_twins!(guard_awaits(0)), 1);
        assert_eq!(assert_twins!(guard_awaits(2)), 11);
    }
}
