//! Differential tests: closures (not `move`) that capture locals with a
//! fixed home (borrowed across an `.await`) and are made before a
//! suspension and called after it (issue 11, item 3). Each closure captures
//! what rustc would capture from the `async fn`: a reference into the home
//! (shared or unique, as the body uses it, field by field), or the value
//! when the body only uses it by value. Both twins run to completion and are
//! dropped after every number of polls (`assert_twins!`), so the drop order
//! of captured values is checked on every exit. `scripts/miri.sh` runs this
//! file under Stacked and Tree Borrows.
#[macro_use]
mod support;
use support::*;

pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}

pub struct Counter {
    pub n: u32,
}

pub fn take(t: Tracked) -> &'static str {
    t.into_name()
}

pub fn apply(f: &dyn Fn(u32) -> u32, x: u32) -> u32 {
    f(x)
}

pub fn apply_mut(mut f: impl FnMut(u32), x: u32) {
    f(x)
}

/// Shared captures: the closure reads what it names.
mod shared {
    use super::*;
    twins! {
        // fidelity/repro/passing/closure_ref.rs
        fn reads_across_await() -> u32 {
            let t = Tracked::new("t");
            let g = |x: u32| x + t.name().len() as u32;
            tick("r").await;
            g(1)
        }
        fn reads_in_a_loop(n: usize) -> u32 {
            let v: Vec<u32> = (0..n as u32).collect();
            let k = 10;
            let at = |i: usize| v[i] + k;
            let mut total = 0;
            for i in 0..n {
                tick("i").await;
                total += at(i);
            }
            total + v.len() as u32
        }
        fn read_beside_the_binding() -> usize {
            let t = Tracked::new("t");
            let g = || t.name().len();
            log(t.name());
            tick("a").await;
            log(t.name());
            let after = Tracked::new("after");
            tick("b").await;
            log(after.name());
            g() + t.name().len()
        }
        fn passed_by_reference(x: u32) -> u32 {
            let base = vec![x, x + 1];
            let f = |y: u32| y * base[1];
            tick("a").await;
            let a = apply(&f, 2);
            tick("b").await;
            a + apply(&f, 3) + base[0]
        }
        fn iterator_made_before(n: u32) -> u32 {
            let v: Vec<u32> = (0..n).collect();
            let k = 3;
            let it = v.iter().map(|x| x + k);
            tick("a").await;
            it.sum::<u32>() + k
        }
        fn called_in_awaited_operands() -> u32 {
            let t = Tracked::new("t");
            let g = |x: u32| x + t.name().len() as u32;
            let a = ready("r", g(2)).await;
            let b = g(ready("s", 3).await);
            a + b
        }
        // Edition 2021 captures `p.a` alone: `p.b` is assigned while the
        // closure lives, in both twins.
        fn disjoint_field() -> &'static str {
            let mut p = Pair {
                a: Tracked::new("a"),
                b: Tracked::new("b"),
            };
            let g = || p.a.name();
            p.b = Tracked::new("b2");
            tick("r").await;
            log(g());
            log(p.b.name());
            tick("s").await;
            p.a.name()
        }
        // `count` is a local of code without a suspension (it has no
        // home): the closure captures it as rustc does (it stays a closure
        // that is not `move`), and `t` through its home.
        fn beside_a_local_without_home() -> usize {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let n = {
                let mut count = 0;
                let mut c = || {
                    count += 1;
                    t.name().len() + count
                };
                let a = c();
                let b = c();
                a + b + count
            };
            tick("b").await;
            n + t.name().len()
        }
        // The same closure that is not `move` (it names `k`, a local
        // without a home) holds a shared borrow of `p.a` alone while `p.b`
        // is assigned through the home.
        fn disjoint_field_beside_a_local_without_home() -> &'static str {
            let mut p = Pair {
                a: Tracked::new("a"),
                b: Tracked::new("b"),
            };
            let r = &p;
            tick("r").await;
            log(r.b.name());
            let n = {
                let k = 1;
                let g = || p.a.name().len() + k;
                p.b = Tracked::new("b2");
                let n = g();
                log(p.b.name());
                n + g()
            };
            tick("s").await;
            log(format!("n {n}"));
            p.a.name()
        }
        // The closure's borrow ends at its last call; `t` is then changed
        // and the (dead) closure stays in scope across an await.
        fn dead_closure_held_after_a_change() -> &'static str {
            let mut t = Tracked::new("t");
            let g = || t.name().len();
            tick("a").await;
            log(format!("len {}", g()));
            t = Tracked::new("u");
            tick("b").await;
            log(t.name());
            tick("c").await;
            t.name()
        }
        // The closure is `Copy` (it holds shared borrows), as in Rust: each
        // `map(f)` copies it.
        fn copied_into_adapters(n: u32) -> u32 {
            let v: Vec<u32> = (0..n).collect();
            let k = 2;
            let f = |x: &u32| x * k;
            let a: u32 = v.iter().map(f).sum();
            tick("a").await;
            let b: u32 = v.iter().rev().map(f).sum();
            let g = f;
            a + b + g(&1) + f(&1)
        }
    }

    #[test]
    fn shared_captures_of_homed_locals() {
        assert_eq!(assert_twins!(reads_across_await()), 2);
        assert_eq!(assert_twins!(reads_in_a_loop(3)), 3 + 30 + 3);
        assert_eq!(assert_twins!(reads_in_a_loop(0)), 0);
        assert_eq!(assert_twins!(read_beside_the_binding()), 2);
        assert_eq!(assert_twins!(passed_by_reference(4)), 10 + 15 + 4);
        assert_eq!(assert_twins!(iterator_made_before(3)), 12 + 3);
        assert_eq!(assert_twins!(called_in_awaited_operands()), 3 + 4);
        assert_eq!(assert_twins!(disjoint_field()), "a");
        assert_eq!(assert_twins!(beside_a_local_without_home()), 2 + 3 + 2 + 1);
        assert_eq!(
            assert_twins!(disjoint_field_beside_a_local_without_home()),
            "a"
        );
        assert_eq!(assert_twins!(dead_closure_held_after_a_change()), "u");
        assert_eq!(assert_twins!(copied_into_adapters(3)), 6 + 6 + 2 + 2);
    }
}

/// Unique captures: the closure assigns, compound-assigns or mutably
/// borrows (a `&mut self` method) what it names.
mod unique {
    use super::*;
    twins! {
        // fidelity/repro/passing/closure_mut.rs
        fn accumulates_across_await() -> i64 {
            let mut acc: i64 = 0;
            let mut bump = |x: i64| acc += x;
            bump(1);
            tick("r").await;
            bump(2);
            acc
        }
        // The callee is called in place after its argument's suspension
        // (it was moved into a temporary first: E0382 at the next call).
        fn called_with_an_awaited_argument() -> i64 {
            let mut acc: i64 = 0;
            let mut bump = |x: i64| acc += x;
            bump(ready("r", 2).await);
            bump(ready("s", 3).await);
            acc
        }
        fn pushes_across_awaits(n: u32) -> usize {
            let mut v = Vec::new();
            let mut push = |x: u32| v.push(Tracked::new(if x % 2 == 0 { "even" } else { "odd" }));
            for i in 0..n {
                push(i);
                tick("i").await;
            }
            push(n);
            v.len()
        }
        fn reads_and_writes() -> u32 {
            let mut n = 0;
            let mut next = || {
                n += 1;
                n * 10
            };
            let a = next();
            tick("r").await;
            let b = next();
            a + b + n
        }
        // Assigning the whole binding drops the old value there.
        fn assigns_the_binding() -> &'static str {
            let mut t = Tracked::new("a");
            let mut set = |name: &'static str| t = Tracked::new(name);
            set("b");
            tick("r").await;
            set("c");
            let after = Tracked::new("after");
            tick("s").await;
            log(after.name());
            t.name()
        }
        fn through_a_reference_argument(c: &mut Counter) -> u32 {
            let mut bump = |x: u32| c.n += x;
            bump(1);
            tick("r").await;
            bump(2);
            c.n
        }
        fn calls_through_reference_argument() -> u32 {
            let mut c = Counter { n: 5 };
            let k = through_a_reference_argument(&mut c).await;
            k + c.n
        }
        fn passed_to_a_function() -> u32 {
            let mut sum = 0;
            tick("a").await;
            apply_mut(|x| sum += x, 4);
            let mut add = |x: u32| sum += x;
            add(1);
            tick("b").await;
            add(2);
            sum
        }
        // A `let mut` closure of code without a suspension, over a homed
        // local only: it is made `move` and stays `FnMut`.
        fn mut_closure_in_plain_code() -> usize {
            let mut v: Vec<u32> = Vec::new();
            let r = &v;
            tick("a").await;
            log(format!("len {}", r.len()));
            {
                let mut push = |x: u32| v.push(x);
                push(1);
                push(2);
            }
            tick("b").await;
            v.len()
        }
        fn field_mutated_beside_a_shared_read() -> &'static str {
            let mut p = Pair {
                a: Tracked::new("a"),
                b: Tracked::new("b"),
            };
            let name = || p.a.name();
            let mut set_b = |n: &'static str| p.b = Tracked::new(n);
            set_b("b2");
            tick("r").await;
            set_b("b3");
            log(name());
            p.b.name()
        }
    }

    #[test]
    fn unique_captures_of_homed_locals() {
        assert_eq!(assert_twins!(accumulates_across_await()), 3);
        assert_eq!(assert_twins!(called_with_an_awaited_argument()), 5);
        assert_eq!(assert_twins!(pushes_across_awaits(3)), 4);
        assert_eq!(assert_twins!(pushes_across_awaits(0)), 1);
        assert_eq!(assert_twins!(reads_and_writes()), 10 + 20 + 2);
        assert_eq!(assert_twins!(assigns_the_binding()), "c");
        assert_eq!(assert_twins!(calls_through_reference_argument()), 8 + 8);
        assert_eq!(assert_twins!(passed_to_a_function()), 7);
        assert_eq!(assert_twins!(field_mutated_beside_a_shared_read()), "b3");
        assert_eq!(assert_twins!(mut_closure_in_plain_code()), 2);
    }
}

/// A closure that uses a homed binding only by value owns it: rustc moves
/// it in when the closure is made (or copies a `Copy` value), and it drops
/// with the closure.
mod by_value {
    use super::*;
    twins! {
        fn consumed_when_called() -> &'static str {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let g = || take(t);
            let after = Tracked::new("after");
            tick("b").await;
            log(after.name());
            g()
        }
        // Never called: `t` drops with the closure, at the end of its scope.
        fn dropped_with_the_closure() -> u32 {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            {
                let g = || take(t);
                log("made");
                tick("b").await;
                let _ = &g;
                log("end");
            }
            tick("c").await;
            7
        }
        // Called on some paths only: a home for its drop flag; the call
        // reads it out of the home, the other path drops it (and `t`) at
        // the end of its scope.
        fn called_on_some_paths(c: bool) -> &'static str {
            let t = Tracked::new("t");
            let h = || take(t);
            let mut name = "none";
            if c {
                name = h();
            }
            tick("r").await;
            log(name);
            name
        }
        // `matches!` reads its scrutinee in place: the closure borrows `t`
        // (it does not own it), and `t` drops at the end of its scope.
        fn matches_reads_in_place() -> bool {
            let t = Tracked::new("t");
            let r = &t;
            tick("a").await;
            log(r.name());
            let g = || matches!(t, Tracked("t"));
            let b = g();
            log("after g");
            tick("b").await;
            b
        }
        fn copies_a_copy_value(k: u32) -> u32 {
            let n = k;
            let r = &n;
            tick("a").await;
            let g = || n + 1;
            tick("b").await;
            g() + *r
        }
        // The inner `move` closure takes `n` from what the outer captured.
        fn move_closure_inside() -> u32 {
            let mut n = 1;
            let r = &n;
            tick("a").await;
            log(format!("n {}", *r));
            let mut g = || {
                n += 1;
                let h = move || n * 2;
                h()
            };
            let a = g();
            tick("b").await;
            a + g() + n
        }
    }

    #[test]
    fn by_value_captures_of_homed_locals() {
        assert_eq!(assert_twins!(consumed_when_called()), "t");
        assert_eq!(assert_twins!(dropped_with_the_closure()), 7);
        assert_eq!(assert_twins!(called_on_some_paths(true)), "t");
        assert_eq!(assert_twins!(called_on_some_paths(false)), "none");
        assert!(assert_twins!(matches_reads_in_place()));
        assert_eq!(assert_twins!(copies_a_copy_value(4)), 9);
        assert_eq!(assert_twins!(move_closure_inside()), 4 + 6 + 3);
    }
}

/// Generators keep their homes on the heap; a closure over one, held across
/// `yield_!`, captures it the same way.
mod generators {
    #[coro::generator]
    fn scaled(n: u32) -> impl Iterator<Item = u32> {
        let v: Vec<u32> = (1..=n).collect();
        let mut sum = 0;
        let at = |i: usize| v[i] * 10;
        let mut add = |x: u32| sum += x;
        for i in 0..v.len() {
            add(at(i));
            yield_!(at(i));
        }
        add(1);
        yield_!(sum);
    }

    #[test]
    fn a_generator_closure_over_homes() {
        assert_eq!(scaled(3).collect::<Vec<_>>(), vec![10, 20, 30, 61]);
        assert_eq!(scaled(0).collect::<Vec<_>>(), vec![1]);
        // Dropped part-way: the homes' values drop with the generator.
        let mut g = scaled(2);
        assert_eq!(g.next(), Some(10));
        drop(g);
    }
}

pub fn take_i(n: u32) -> u32 {
    n
}

/// Calls of `move` closure bindings (issue 11): a closure whose body uses
/// a capture by value is taken to be `FnOnce`, so its call consumes it and
/// it is not carried past a later suspension. Where it is in fact `FnMut`
/// (the captures it uses by value are `Copy`) and owns a value with drop
/// glue, that guess is checked at compile time (ui test
/// `closure_copy_capture_taken_to_be_fn_once`); these are the programs the
/// check lets through, and the rewrites it prescribes. Both twins also run
/// cancelled after every number of polls, so the closures' captures drop at
/// the same point on every exit.
mod called_move_closures {
    use super::*;
    twins! {
        // A real `FnOnce`: the call consumes `c`, and `u` drops at its end.
        fn fn_once_called_then_await() -> usize {
            let t = Tracked::new("t");
            let u = Tracked::new("u");
            let c = move || take(t).len() + u.name().len();
            let n = c();
            log("called");
            tick("a").await;
            log("after");
            n
        }
        fn fn_once_with_arguments(k: usize) -> usize {
            let t = Tracked::new("t");
            let u = Tracked::new("u");
            let c = move |a: usize, b: &str| take(t).len() + a + b.len() + u.name().len();
            let n = c(k, "bb");
            tick("a").await;
            let after = Tracked::new("after");
            tick("b").await;
            log(after.name());
            n
        }
        // The rewrite for a closure that is not `FnOnce`: `(&c)()` keeps
        // it (and `t`) to the end of its scope.
        fn copy_capture_called_by_reference() -> u32 {
            let n = 3;
            let t = Tracked::new("t");
            let c = move || take_i(n) + t.name().len() as u32;
            let a = (&c)();
            tick("a").await;
            log("after");
            a
        }
        fn copy_capture_fn_mut_by_mut_reference(d: u32) -> u32 {
            let mut count = 0;
            let t = Tracked::new("t");
            let mut c = move |step: u32| {
                count += step;
                take_i(count) + t.name().len() as u32
            };
            let a = (&mut c)(d);
            tick("a").await;
            let b = (&mut c)(d);
            tick("b").await;
            log("after");
            a + b
        }
        // Owning only `Copy` values, the closure has no drop glue: dropping
        // it at the call is not seen, and it is not refused.
        fn copy_only_captures() -> u32 {
            let n = 3;
            let mut count = 0;
            let mut c = move || {
                count += 1;
                take_i(n) + count
            };
            let a = c();
            tick("a").await;
            a
        }
        // Called again after the suspension: carried there anyway (it is
        // live), and its last call has no suspension after it.
        fn fn_mut_called_again_after_await() -> u32 {
            let mut count = 0;
            let t = Tracked::new("t");
            let mut c = move || {
                count += 1;
                take_i(count) + t.name().len() as u32
            };
            let a = c();
            tick("a").await;
            log("between");
            a + c()
        }
        // Called with an awaited argument (the call is lowered after the
        // suspension), then another suspension.
        fn fn_once_with_an_awaited_argument() -> usize {
            let t = Tracked::new("t");
            let u = Tracked::new("u");
            let c = move |x: usize| take(t).len() + x + u.name().len();
            let n = c(ready("r", 2).await);
            tick("a").await;
            log("after");
            n
        }
        // Called on some paths only: a home for its drop flag; the call
        // reads it out of the home, the other path drops it (and `u`) at
        // the end of its scope.
        fn fn_once_called_on_some_paths(x: bool) -> usize {
            let t = Tracked::new("t");
            let u = Tracked::new("u");
            let c = move || take(t).len() + u.name().len();
            let mut n = 0;
            if x {
                n = c();
            }
            tick("a").await;
            log("after");
            n
        }
        fn copy_capture_called_by_reference_on_some_paths(x: bool) -> u32 {
            let k = 2;
            let u = Tracked::new("u");
            let c = move || take_i(k) + u.name().len() as u32;
            let mut n = 0;
            if x {
                n = (&c)();
            }
            tick("a").await;
            log("after");
            n
        }
        // Moved out by a pattern: `FnOnce`.
        fn fn_once_by_a_pattern() -> usize {
            let p = Pair {
                a: Tracked::new("a"),
                b: Tracked::new("b"),
            };
            let u = Tracked::new("u");
            let c = move || {
                let Pair { a, b } = p;
                take(a).len() + b.name().len() + u.name().len()
            };
            let n = c();
            tick("a").await;
            log("after");
            n
        }
        // Patterns that bind a part with drop glue move it: `FnOnce`, so
        // the call consumes `c` (the check's look at the bound parts).
        fn fn_once_by_a_tuple_pattern_and_a_match(k: usize) -> usize {
            let p = (k, Tracked::new("p"));
            let u = Tracked::new("u");
            let c = move || {
                let (n, t) = p;
                n + take(t).len() + u.name().len()
            };
            let n = c();
            tick("a").await;
            let o = if k > 1 { Some((k, Tracked::new("o"))) } else { None };
            let v = Tracked::new("v");
            let d = move || match o {
                Some((m, t)) => m + take(t).len() + v.name().len(),
                None => v.name().len(),
            };
            let m = d();
            tick("b").await;
            log("after");
            n + m
        }
        // `let _ = t;` in a `move` closure captures nothing: `t` stays.
        fn wildcard_let_captures_nothing() -> usize {
            let t = Tracked::new("t");
            let u = Tracked::new("u");
            let c = move || {
                let _ = t;
                u.name().len()
            };
            let n = c();
            tick("a").await;
            log("after");
            n
        }
        // A field of a capture: captured alone (edition 2021).
        fn field_of_a_capture() -> usize {
            let p = (3usize, Tracked::new("p"));
            let u = Tracked::new("u");
            let c = move || p.0 + u.name().len();
            let n = (&c)();
            tick("a").await;
            log("after");
            n
        }
        // The rewrite for one that binds `Copy` parts only: `(&c)()`.
        fn copy_parts_called_by_reference() -> usize {
            let p = (3usize, Tracked::new("p"));
            let u = Tracked::new("u");
            let c = move || {
                let (a, _) = p;
                a + u.name().len()
            };
            let n = (&c)();
            tick("a").await;
            log("after");
            n
        }
        // The rewrite for an `FnOnce` the syntax does not show (a method
        // taking `self`): `{ c }()` consumes it.
        fn fn_once_by_method_rewritten() -> usize {
            let t = Tracked::new("t");
            let u = Tracked::new("u");
            let c = move || t.into_name().len() + u.name().len();
            let n = { c }();
            tick("a").await;
            log("after");
            n
        }
    }

    /// The same in coroutines with homes (a binding borrowed across an
    /// `.await`).
    mod with_homes {
        use super::*;
        twins! {
            fn fn_once_called_then_await() -> usize {
                let base = Tracked::new("base");
                let r = &base;
                tick("a").await;
                let t = Tracked::new("t");
                let c = move || take(t).len() + r.name().len();
                let n = c();
                tick("b").await;
                log(r.name());
                n
            }
            fn copy_capture_called_by_reference() -> u32 {
                let base = Tracked::new("base");
                let r = &base;
                tick("a").await;
                let k = 2;
                let t = Tracked::new("t");
                let c = move |x: u32| take_i(k) + x + t.name().len() as u32;
                let n = (&c)(1);
                tick("b").await;
                log(r.name());
                n
            }
            // A `move` closure that takes a homed binding and only reads
            // it is `Fn`: kept (with `t`) to the end of its scope.
            fn owns_a_homed_binding_it_reads() -> usize {
                let t = Tracked::new("t");
                let r = &t;
                tick("a").await;
                log(r.name());
                let c = move || t.name().len();
                let n = c();
                tick("b").await;
                log("after");
                n
            }
            // One that moves the homed binding out is `FnOnce`.
            fn consumes_a_homed_binding() -> usize {
                let t = Tracked::new("t");
                let r = &t;
                tick("a").await;
                log(r.name());
                let c = move || take(t).len();
                let n = c();
                tick("b").await;
                log("after");
                n
            }
        }

        #[test]
        fn called_move_closures_with_homes() {
            assert_eq!(assert_twins!(fn_once_called_then_await()), 5);
            assert_eq!(assert_twins!(copy_capture_called_by_reference()), 4);
            assert_eq!(assert_twins!(owns_a_homed_binding_it_reads()), 1);
            assert_eq!(assert_twins!(consumes_a_homed_binding()), 1);
        }
    }

    /// A `move` closure that binds only parts of a capture (`let (a, _) =
    /// p;`) captures only those parts (edition 2021's precise captures):
    /// the rest stays in `p`, to the end of its scope (the split of `p`
    /// leaves `let _ = __coro_p_1;` in the closure, which captures nothing).
    #[test]
    fn move_closure_capturing_parts_leaves_the_rest() {
        assert_eq!(assert_twins!(copy_parts_called_by_reference()), 4);
        assert_eq!(assert_twins!(wildcard_let_captures_nothing()), 1);
        assert_eq!(assert_twins!(field_of_a_capture()), 4);
    }

    #[test]
    fn called_move_closures_drop_where_async_fn_drops_them() {
        assert_eq!(assert_twins!(fn_once_called_then_await()), 2);
        assert_eq!(assert_twins!(fn_once_with_arguments(4)), 1 + 4 + 2 + 1);
        assert_eq!(assert_twins!(copy_capture_called_by_reference()), 4);
        assert_eq!(
            assert_twins!(copy_capture_fn_mut_by_mut_reference(2)),
            3 + 5
        );
        assert_eq!(assert_twins!(copy_only_captures()), 4);
        assert_eq!(assert_twins!(fn_mut_called_again_after_await()), 2 + 3);
        assert_eq!(assert_twins!(fn_once_by_method_rewritten()), 2);
        assert_eq!(assert_twins!(fn_once_with_an_awaited_argument()), 4);
        assert_eq!(assert_twins!(fn_once_by_a_pattern()), 3);
        assert_eq!(
            assert_twins!(fn_once_by_a_tuple_pattern_and_a_match(2)),
            2 + 1 + 1 + 2 + 1 + 1
        );
        assert_eq!(
            assert_twins!(fn_once_by_a_tuple_pattern_and_a_match(1)),
            1 + 1 + 1 + 1
        );
        assert_eq!(assert_twins!(fn_once_called_on_some_paths(true)), 2);
        assert_eq!(assert_twins!(fn_once_called_on_some_paths(false)), 0);
        assert_eq!(
            assert_twins!(copy_capture_called_by_reference_on_some_paths(true)),
            3
        );
        assert_eq!(
            assert_twins!(copy_capture_called_by_reference_on_some_paths(false)),
            0
        );
    }
}
