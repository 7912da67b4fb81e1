//! Behaviour tests of `#[coro::generator]`: sequences produced, values sent
//! in, delegation, drops, panics and the `Iterator` view.
//!
//! Sequences are checked differentially: each generator is compared with a
//! hand-written reference implementing the same algorithm without the macro
//! (`std::iter::from_fn`, an explicit `Iterator` struct, or a recursive
//! function filling a `Vec`).

use coro::{Generator, GeneratorExt, GeneratorState};
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::process::Command;
use std::rc::Rc;

// ---------------------------------------------------------------------------
// Helpers

/// Drives `g` with `()` to its end: the yields and the return value.
fn drain<G, Y, R>(mut g: G) -> (Vec<Y>, R)
where
    G: Generator<Yield = Y, Return = R> + Unpin,
{
    let mut ys = Vec::new();
    loop {
        match g.send(()) {
            GeneratorState::Yielded(y) => ys.push(y),
            GeneratorState::Complete(r) => return (ys, r),
        }
    }
}

/// The message of a caught panic payload.
fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "<non-string panic payload>".to_owned()
    }
}

/// A shared event log.
type Log = Rc<RefCell<Vec<String>>>;

fn new_log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

fn events(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

/// Logs `drop NAME` when dropped.
struct Noisy {
    name: &'static str,
    log: Log,
}

impl Noisy {
    fn new(name: &'static str, log: &Log) -> Noisy {
        log.borrow_mut().push(format!("new {name}"));
        Noisy {
            name,
            log: log.clone(),
        }
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("drop {}", self.name));
    }
}

// ---------------------------------------------------------------------------
// Sequences, each against a reference

mod sequences {
    use super::*;

    #[coro::generator]
    fn fib(n: usize) -> impl Iterator<Item = u64> {
        let (mut a, mut b) = (0u64, 1u64);
        for _ in 0..n {
            yield_!(a);
            (a, b) = (b, a + b);
        }
    }

    fn fib_reference(n: usize) -> impl Iterator<Item = u64> {
        let (mut a, mut b, mut i) = (0u64, 1u64, 0);
        std::iter::from_fn(move || {
            if i == n {
                return None;
            }
            i += 1;
            let out = a;
            (a, b) = (b, a + b);
            Some(out)
        })
    }

    #[test]
    fn fibonacci_matches_from_fn_reference() {
        for n in [0, 1, 2, 3, 10, 50, 90] {
            assert_eq!(
                fib(n).collect::<Vec<_>>(),
                fib_reference(n).collect::<Vec<_>>(),
                "n = {n}"
            );
        }
        assert_eq!(fib(8).collect::<Vec<_>>(), [0, 1, 1, 2, 3, 5, 8, 13]);
    }

    #[coro::generator]
    fn collatz(mut n: u64) -> impl Iterator<Item = u64> {
        while n != 1 {
            yield_!(n);
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        }
        yield_!(1);
    }

    /// The same algorithm as an explicit `Iterator`.
    struct CollatzRef(Option<u64>);

    impl Iterator for CollatzRef {
        type Item = u64;
        fn next(&mut self) -> Option<u64> {
            let n = self.0?;
            self.0 = match n {
                1 => None,
                n if n % 2 == 0 => Some(n / 2),
                n => Some(3 * n + 1),
            };
            Some(n)
        }
    }

    #[test]
    fn collatz_matches_explicit_iterator() {
        for start in 1..200 {
            assert_eq!(
                collatz(start).collect::<Vec<_>>(),
                CollatzRef(Some(start)).collect::<Vec<_>>(),
                "start = {start}"
            );
        }
        assert_eq!(
            collatz(6).collect::<Vec<_>>(),
            [6, 3, 10, 5, 16, 8, 4, 2, 1]
        );
    }

    /// Nested loops, `continue 'label`, early `break` and a `match`.
    #[coro::generator]
    fn primes_below(limit: u32) -> impl Iterator<Item = u32> {
        let mut found: Vec<u32> = Vec::new();
        'candidates: for n in 2..limit {
            for p in &found {
                if p * p > n {
                    break;
                }
                if n % p == 0 {
                    continue 'candidates;
                }
            }
            found.push(n);
            match n % 10 {
                3 => yield_!(n),
                _ => {
                    yield_!(n);
                }
            }
        }
    }

    fn primes_reference(limit: u32) -> Vec<u32> {
        (2..limit)
            .filter(|&n| (2..n).take_while(|d| d * d <= n).all(|d| n % d != 0))
            .collect()
    }

    #[test]
    fn primes_with_labelled_continue_match_reference() {
        for limit in [0, 2, 3, 10, 100, 1000] {
            assert_eq!(
                primes_below(limit).collect::<Vec<_>>(),
                primes_reference(limit),
                "limit = {limit}"
            );
        }
    }

    /// Shadowing across yields and a `while let` over an owned iterator that
    /// stays alive across every suspension.
    #[coro::generator]
    fn running_words(text: String) -> impl Iterator<Item = String> {
        let words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
        let mut it = words.into_iter();
        let mut acc = String::new();
        while let Some(word) = it.next() {
            let word = word.to_uppercase();
            if !acc.is_empty() {
                acc.push(' ');
            }
            acc.push_str(&word);
            let word = acc.clone();
            yield_!(word);
        }
    }

    #[test]
    fn shadowing_and_while_let_match_reference() {
        let text = "the quick  brown fox";
        let mut acc = String::new();
        let reference: Vec<String> = text
            .split_whitespace()
            .map(|w| {
                if !acc.is_empty() {
                    acc.push(' ');
                }
                acc.push_str(&w.to_uppercase());
                acc.clone()
            })
            .collect();
        assert_eq!(
            running_words(text.to_owned()).collect::<Vec<_>>(),
            reference
        );
        assert_eq!(running_words(String::new()).count(), 0);
    }

    /// An infinite generator: the consumer decides where it stops.
    #[coro::generator]
    fn naturals() -> impl Iterator<Item = u64> {
        let mut n = 0;
        loop {
            yield_!(n);
            n += 1;
        }
    }

    #[test]
    fn infinite_generator_with_adapters() {
        let squares: Vec<u64> = naturals()
            .map(|n| n * n)
            .filter(|n| n % 2 == 1)
            .take(5)
            .collect();
        assert_eq!(squares, [1, 9, 25, 49, 81]);
        let zipped: Vec<(u64, u64)> = naturals().zip(fib(5)).collect();
        assert_eq!(zipped, [(0, 0), (1, 1), (2, 1), (3, 2), (4, 3)]);
    }

    /// Early `return` from inside a loop ends the sequence.
    #[coro::generator]
    fn until_negative(values: Vec<i32>) -> impl Iterator<Item = i32> {
        for v in values {
            if v < 0 {
                return;
            }
            yield_!(v * 2);
        }
        unreachable!("the input always holds a negative value");
    }

    #[test]
    fn early_return_in_loop() {
        assert_eq!(
            until_negative(vec![1, 2, 3, -1, 4]).collect::<Vec<_>>(),
            [2, 4, 6]
        );
    }

    /// A yield whose operands are evaluated before it, in order.
    #[coro::generator]
    fn yields_in_expressions(log: Log) -> impl Generator<i32, Yield = String, Return = i32> {
        let mut total = 0;
        for i in 0..3 {
            total += yield_!(format!("step {i}"));
            log.borrow_mut().push(format!("total {total}"));
        }
        let last = yield_!("sum".to_owned()) * 10 + total;
        last
    }

    #[test]
    fn yield_in_compound_assignment_and_arithmetic() {
        let log = new_log();
        let mut g = yields_in_expressions(log.clone());
        assert_eq!(g.send(999), GeneratorState::Yielded("step 0".to_owned()));
        assert_eq!(g.send(1), GeneratorState::Yielded("step 1".to_owned()));
        assert_eq!(g.send(2), GeneratorState::Yielded("step 2".to_owned()));
        assert_eq!(g.send(3), GeneratorState::Yielded("sum".to_owned()));
        assert_eq!(g.send(4), GeneratorState::Complete(46));
        assert_eq!(events(&log), ["total 1", "total 3", "total 6"]);
    }
}

// ---------------------------------------------------------------------------
// Values sent in (Python's `gen.send(v)`)

mod send {
    use super::*;

    #[coro::generator]
    fn averager() -> impl Generator<f64, Yield = f64, Return = u32> {
        let mut total = 0.0;
        let mut count = 0;
        let mut avg = 0.0;
        loop {
            let x: f64 = yield_!(avg);
            if x < 0.0 {
                return count;
            }
            total += x;
            count += 1;
            avg = total / count as f64;
        }
    }

    #[test]
    fn running_average_driven_by_send() {
        let inputs = [10.0, 20.0, 60.0, 2.5, 7.5];
        let mut g = averager();
        // The first send only starts the body; its argument is dropped.
        assert_eq!(g.send(12345.0), GeneratorState::Yielded(0.0));
        let mut total = 0.0;
        for (i, x) in inputs.iter().enumerate() {
            total += x;
            let expected = total / (i + 1) as f64;
            assert_eq!(g.send(*x), GeneratorState::Yielded(expected));
        }
        assert_eq!(g.send(-1.0), GeneratorState::Complete(inputs.len() as u32));
    }

    /// Records every value it receives; the first resume's argument is
    /// dropped, like Python's mandatory first `send(None)`.
    #[coro::generator]
    fn recorder(log: Log) -> impl Generator<String, Yield = usize, Return = String> {
        let mut n = 0;
        loop {
            let got = yield_!(n);
            if got == "stop" {
                return format!("stopped after {n}");
            }
            log.borrow_mut().push(got);
            n += 1;
        }
    }

    #[test]
    fn sent_values_are_received_in_order() {
        let log = new_log();
        let mut g = recorder(log.clone());
        assert_eq!(g.send("dropped".into()), GeneratorState::Yielded(0));
        assert_eq!(g.send("a".into()), GeneratorState::Yielded(1));
        assert_eq!(g.send("b".into()), GeneratorState::Yielded(2));
        assert_eq!(g.send("c".into()), GeneratorState::Yielded(3));
        assert_eq!(
            g.send("stop".into()),
            GeneratorState::Complete("stopped after 3".into())
        );
        assert_eq!(events(&log), ["a", "b", "c"]);
    }

    #[test]
    fn resume_through_pin_matches_send() {
        let mut g = Box::pin(averager());
        assert_eq!(g.as_mut().resume(0.0), GeneratorState::Yielded(0.0));
        assert_eq!(g.as_mut().resume(4.0), GeneratorState::Yielded(4.0));
        assert_eq!(g.as_mut().resume(8.0), GeneratorState::Yielded(6.0));
        assert_eq!(g.as_mut().resume(-1.0), GeneratorState::Complete(2));
    }

    #[test]
    fn used_as_trait_object() {
        let mut gens: Vec<Box<dyn Generator<f64, Yield = f64, Return = u32> + Unpin>> =
            vec![Box::new(averager()), Box::new(averager())];
        for g in &mut gens {
            assert_eq!(g.send(0.0), GeneratorState::Yielded(0.0));
        }
        assert_eq!(gens[0].send(3.0), GeneratorState::Yielded(3.0));
        assert_eq!(gens[1].send(5.0), GeneratorState::Yielded(5.0));
        assert_eq!(gens[0].send(-1.0), GeneratorState::Complete(1));
        assert_eq!(gens[1].send(7.0), GeneratorState::Yielded(6.0));
    }

    /// A command interpreter: a yield as a `match` scrutinee, in an `if`
    /// condition, and inside a `loop` that breaks with a value.
    #[coro::generator]
    fn interpreter(log: Log) -> impl Generator<Option<i32>, Yield = i32, Return = i32> {
        let mut acc = 0;
        let stopped_at = 'outer: loop {
            match yield_!(acc) {
                Some(n) if n < 0 => break 'outer n,
                Some(n) => acc += n,
                None => {
                    if yield_!(-acc).is_none() {
                        log.borrow_mut().push("double none".into());
                        break acc * 100;
                    }
                    acc = 0;
                }
            }
        };
        log.borrow_mut().push(format!("stopped at {stopped_at}"));
        stopped_at + 1
    }

    #[test]
    fn yield_as_scrutinee_condition_and_loop_break_value() {
        let log = new_log();
        let mut g = interpreter(log.clone());
        assert_eq!(g.send(None), GeneratorState::Yielded(0));
        assert_eq!(g.send(Some(5)), GeneratorState::Yielded(5));
        assert_eq!(g.send(Some(2)), GeneratorState::Yielded(7));
        assert_eq!(g.send(None), GeneratorState::Yielded(-7));
        assert_eq!(g.send(Some(0)), GeneratorState::Yielded(0));
        assert_eq!(g.send(Some(3)), GeneratorState::Yielded(3));
        assert_eq!(g.send(Some(-4)), GeneratorState::Complete(-3));
        assert_eq!(events(&log), ["stopped at -4"]);

        let log = new_log();
        let mut g = interpreter(log.clone());
        assert_eq!(g.send(None), GeneratorState::Yielded(0));
        assert_eq!(g.send(Some(2)), GeneratorState::Yielded(2));
        assert_eq!(g.send(None), GeneratorState::Yielded(-2));
        assert_eq!(g.send(None), GeneratorState::Complete(201));
        assert_eq!(events(&log), ["double none", "stopped at 200"]);
    }
}

// ---------------------------------------------------------------------------
// Delegation (`yield from`)

mod delegation {
    use super::*;

    #[coro::generator]
    fn inner(n: u64) -> impl Generator<Yield = u64, Return = usize> {
        for i in 0..n {
            yield_!(i * 10);
        }
        n as usize
    }

    #[coro::generator]
    fn outer() -> impl Generator<Yield = u64, Return = usize> {
        yield_!(1);
        let a = yield_from!(inner(3));
        yield_!(2);
        let b = yield_from!(inner(0));
        let c = yield_from!(inner(2));
        yield_!(3);
        a * 100 + b * 10 + c
    }

    #[test]
    fn delegation_yields_inner_values_and_returns_its_result() {
        let (ys, r) = drain(outer());
        assert_eq!(ys, [1, 0, 10, 20, 2, 0, 10, 3]);
        assert_eq!(r, 302);
    }

    /// An inner generator that sums what is sent to it.
    #[coro::generator]
    fn summer(log: Log, count: usize) -> impl Generator<i64, Yield = usize, Return = i64> {
        let mut sum = 0;
        for i in 0..count {
            let x = yield_!(i);
            log.borrow_mut().push(format!("inner got {x}"));
            sum += x;
        }
        sum
    }

    #[coro::generator]
    fn forwarding(log: Log) -> impl Generator<i64, Yield = usize, Return = i64> {
        let first = yield_!(100);
        log.borrow_mut().push(format!("outer got {first}"));
        let s1 = yield_from!(summer(log.clone(), 2));
        log.borrow_mut().push(format!("s1 = {s1}"));
        let s2 = yield_from!(summer(log.clone(), 3));
        log.borrow_mut().push(format!("s2 = {s2}"));
        let last = yield_!(200);
        s1 * 1000 + s2 + last
    }

    #[test]
    fn delegation_forwards_sent_values() {
        let log = new_log();
        let mut g = forwarding(log.clone());
        assert_eq!(g.send(-1), GeneratorState::Yielded(100));
        // Entering the first delegation starts the inner generator (its
        // first resume argument is Default, and dropped).
        assert_eq!(g.send(7), GeneratorState::Yielded(0));
        assert_eq!(g.send(1), GeneratorState::Yielded(1));
        // Finishing the first inner enters the second one directly.
        assert_eq!(g.send(2), GeneratorState::Yielded(0));
        assert_eq!(g.send(10), GeneratorState::Yielded(1));
        assert_eq!(g.send(20), GeneratorState::Yielded(2));
        assert_eq!(g.send(30), GeneratorState::Yielded(200));
        assert_eq!(g.send(5), GeneratorState::Complete(3 * 1000 + 60 + 5));
        assert_eq!(
            events(&log),
            [
                "outer got 7",
                "inner got 1",
                "inner got 2",
                "s1 = 3",
                "inner got 10",
                "inner got 20",
                "inner got 30",
                "s2 = 60",
            ]
        );
    }

    #[coro::generator]
    fn level2(k: u32) -> impl Generator<Yield = u32, Return = u32> {
        yield_!(k);
        let r = yield_from!(inner_u32(k + 1));
        yield_!(r);
        r * 2
    }

    #[coro::generator]
    fn inner_u32(k: u32) -> impl Generator<Yield = u32, Return = u32> {
        yield_!(k * 100);
        k + 1
    }

    #[coro::generator]
    fn level1() -> impl Iterator<Item = u32> {
        let a = yield_from!(level2(1));
        let b = yield_from!(level2(a));
        yield_!(a + b);
    }

    #[test]
    fn nested_delegation_chain() {
        // level2(1): 1, 200, r=3 -> 3, returns 6
        // level2(6): 6, 700, r=8 -> 8, returns 16
        assert_eq!(level1().collect::<Vec<_>>(), [1, 200, 3, 6, 700, 8, 22]);
    }

    /// Delegating to something that is not a macro generator: a trait object
    /// and a `&mut` to a generator kept by the caller.
    #[test]
    fn delegation_to_boxed_and_borrowed_generators() {
        #[coro::generator]
        fn via_box() -> impl Generator<Yield = u64, Return = usize> {
            let g: Box<dyn Generator<Yield = u64, Return = usize> + Unpin> = Box::new(inner(2));
            yield_from!(g)
        }
        assert_eq!(drain(via_box()), (vec![0, 10], 2));

        #[coro::generator]
        fn twice(
            g: &mut (dyn Generator<Yield = u64, Return = usize> + Unpin),
        ) -> impl Iterator<Item = u64> {
            yield_!(7);
            // Moving the reference in; a reborrow, `yield_from!(&mut *g)`,
            // works as well.
            yield_from!(g);
        }
        let mut g = inner(3);
        assert_eq!(g.send(()), GeneratorState::Yielded(0));
        // The delegation resumes the partly run inner generator.
        assert_eq!(twice(&mut g).collect::<Vec<_>>(), [7, 10, 20]);
        // It ran to completion inside the delegation (which consumed its
        // return value), so resuming it again panics.
        let err = catch_unwind(AssertUnwindSafe(|| g.send(()))).expect_err("must panic");
        assert!(panic_message(err).contains("resumed after completion"));
    }
}

// ---------------------------------------------------------------------------
// Recursive delegation: an in-order tree walk

mod recursion {
    use super::*;

    #[derive(Debug)]
    enum Tree {
        Leaf,
        Node(Box<Tree>, i32, Box<Tree>),
    }

    fn node(left: Tree, value: i32, right: Tree) -> Tree {
        Tree::Node(Box::new(left), value, Box::new(right))
    }

    /// A balanced-ish tree holding `values` (in order).
    fn build(values: &[i32]) -> Tree {
        if values.is_empty() {
            return Tree::Leaf;
        }
        let mid = values.len() / 2;
        node(
            build(&values[..mid]),
            values[mid],
            build(&values[mid + 1..]),
        )
    }

    /// Recursion needs type erasure, and not every erasure works:
    /// - `yield_from!(walk(left))` is a recursive opaque type (E0720);
    /// - `Box::new(walk(left)) as Box<dyn Generator<..> + Unpin>` fails with
    ///   E0283 "cannot satisfy `impl Generator<..>: Unpin`": proving the
    ///   `Unpin` auto trait of `walk`'s own return type inside its body is a
    ///   cycle;
    /// - `Box<dyn Generator<..>>` without `+ Unpin` is not a `Generator`
    ///   (the runtime's `Box<G>` impl needs `G: Unpin`), and the runtime has
    ///   no impl for `Pin<Box<G>>`.
    ///
    /// What works: `Box::pin` (which asks nothing of the auto traits) inside
    /// a small named wrapper that implements `Generator` by forwarding.
    struct Subtree<'a>(Pin<Box<dyn Generator<Yield = i32, Return = ()> + 'a>>);

    impl Generator for Subtree<'_> {
        type Yield = i32;
        type Return = ();
        fn resume(mut self: Pin<&mut Self>, arg: ()) -> GeneratorState<i32, ()> {
            self.0.as_mut().resume(arg)
        }
    }

    #[coro::generator]
    fn walk(tree: &Tree) -> impl Generator<Yield = i32, Return = ()> {
        if let Tree::Node(left, value, right) = tree {
            yield_from!(Subtree(Box::pin(walk(left))));
            yield_!(*value);
            yield_from!(Subtree(Box::pin(walk(right))));
        }
    }

    /// The same walk, returning the number of nodes visited: the inner
    /// return values flow back up through `yield_from!`.
    struct Counted<'a>(Pin<Box<dyn Generator<Yield = i32, Return = usize> + 'a>>);

    impl Generator for Counted<'_> {
        type Yield = i32;
        type Return = usize;
        fn resume(mut self: Pin<&mut Self>, arg: ()) -> GeneratorState<i32, usize> {
            self.0.as_mut().resume(arg)
        }
    }

    #[coro::generator]
    fn walk_counted(tree: &Tree) -> impl Generator<Yield = i32, Return = usize> {
        match tree {
            Tree::Leaf => 0,
            Tree::Node(left, value, right) => {
                let l = yield_from!(Counted(Box::pin(walk_counted(left))));
                yield_!(*value);
                let r = yield_from!(Counted(Box::pin(walk_counted(right))));
                l + 1 + r
            }
        }
    }

    fn in_order_reference(tree: &Tree, out: &mut Vec<i32>) {
        if let Tree::Node(left, value, right) = tree {
            in_order_reference(left, out);
            out.push(*value);
            in_order_reference(right, out);
        }
    }

    #[test]
    fn in_order_walk_matches_recursive_reference() {
        for n in [0, 1, 2, 3, 7, 20, 100] {
            let values: Vec<i32> = (0..n).map(|i| i * 3 - 7).collect();
            let tree = build(&values);
            let mut reference = Vec::new();
            in_order_reference(&tree, &mut reference);
            assert_eq!(reference, values);
            let (walked, ()) = drain(walk(&tree));
            assert_eq!(walked, reference, "n = {n}");
        }
    }

    #[test]
    fn recursive_delegation_returns_values_up() {
        // A degenerate (list-shaped) tree: deep recursion.
        let mut tree = Tree::Leaf;
        for v in (0..50).rev() {
            tree = node(Tree::Leaf, v, tree);
        }
        let (walked, count) = drain(walk_counted(&tree));
        assert_eq!(walked, (0..50).collect::<Vec<_>>());
        assert_eq!(count, 50);
        let tree = node(
            node(Tree::Leaf, 1, Tree::Leaf),
            2,
            node(Tree::Leaf, 3, Tree::Leaf),
        );
        assert_eq!(drain(walk_counted(&tree)), (vec![1, 2, 3], 3));
    }
}

// ---------------------------------------------------------------------------
// Generators without yields

mod no_yield {
    use super::*;

    #[coro::generator]
    fn nothing() -> impl Iterator<Item = u8> {}

    #[coro::generator]
    fn answer(log: Log) -> impl Generator<Yield = u8, Return = i32> {
        log.borrow_mut().push("body ran".into());
        42
    }

    #[test]
    fn completes_immediately() {
        assert_eq!(nothing().collect::<Vec<u8>>(), Vec::<u8>::new());
        let log = new_log();
        let mut g = answer(log.clone());
        assert!(events(&log).is_empty(), "generators are lazy");
        assert_eq!(g.send(()), GeneratorState::Complete(42));
        assert_eq!(events(&log), ["body ran"]);
    }
}

// ---------------------------------------------------------------------------
// Drops (Python's `close()`)

mod drops {
    use super::*;

    #[coro::generator]
    fn three_locals(log: Log) -> impl Iterator<Item = u32> {
        let a = Noisy::new("a", &log);
        yield_!(1);
        let b = Noisy::new("b", &log);
        yield_!(2);
        let c = Noisy::new("c", &log);
        yield_!(3);
        log.borrow_mut()
            .push(format!("end {} {} {}", a.name, b.name, c.name));
    }

    #[test]
    fn early_drop_runs_live_destructors_in_reverse_order_once() {
        let log = new_log();
        let mut g = three_locals(log.clone());
        assert_eq!(g.next(), Some(1));
        assert_eq!(g.next(), Some(2));
        assert_eq!(g.next(), Some(3));
        log.borrow_mut().push("dropping".into());
        drop(g);
        assert_eq!(
            events(&log),
            [
                "new a", "new b", "new c", "dropping", "drop c", "drop b", "drop a"
            ]
        );
    }

    #[test]
    fn drop_at_each_suspension_point() {
        for steps in 0..=4 {
            let log = new_log();
            let mut g = three_locals(log.clone());
            for _ in 0..steps {
                g.next();
            }
            log.borrow_mut().push("dropping".into());
            drop(g);
            let made: Vec<&str> = ["a", "b", "c"].into_iter().take(steps.min(3)).collect();
            let mut expected: Vec<String> = made.iter().map(|n| format!("new {n}")).collect();
            if steps == 4 {
                // Ran to completion: locals dropped at the end of the body,
                // nothing is dropped again by the generator's own drop.
                expected.push("end a b c".into());
                expected.extend(["drop c", "drop b", "drop a"].map(String::from));
                expected.push("dropping".into());
            } else {
                expected.push("dropping".into());
                expected.extend(made.iter().rev().map(|n| format!("drop {n}")));
            }
            assert_eq!(events(&log), expected, "after {steps} resumes");
        }
    }

    #[coro::generator]
    fn owns_argument(x: Noisy, y: Noisy) -> impl Iterator<Item = &'static str> {
        yield_!(x.name);
        drop(x);
        yield_!(y.name);
        // Used after the last yield, so it is held there (see
        // `last_use_in_yield_operand` for a local that is not).
        drop(y);
    }

    #[test]
    fn unstarted_generator_drops_its_arguments() {
        let log = new_log();
        let g = owns_argument(Noisy::new("x", &log), Noisy::new("y", &log));
        drop(g);
        let ev = events(&log);
        assert_eq!(&ev[..2], ["new x", "new y"]);
        let mut drops = ev[2..].to_vec();
        drops.sort();
        assert_eq!(drops, ["drop x", "drop y"], "each argument dropped once");
    }

    #[test]
    fn moved_out_local_is_not_dropped_again() {
        let log = new_log();
        let mut g = owns_argument(Noisy::new("x", &log), Noisy::new("y", &log));
        assert_eq!(g.next(), Some("x"));
        assert_eq!(g.next(), Some("y"));
        log.borrow_mut().push("dropping".into());
        drop(g);
        assert_eq!(
            events(&log),
            ["new x", "new y", "drop x", "dropping", "drop y"]
        );
    }

    #[coro::generator]
    fn last_use_in_yield_operand(log: Log) -> impl Iterator<Item = &'static str> {
        let t = Noisy::new("t", &log);
        yield_!(t.name);
        log.borrow_mut().push("resumed".into());
    }

    #[test]
    fn local_used_only_in_yield_operand_lives_to_scope_end() {
        let log = new_log();
        let mut g = last_use_in_yield_operand(log.clone());
        assert_eq!(g.next(), Some("t"));
        log.borrow_mut().push("dropping".into());
        drop(g);
        // Rust (and Python) drop `t` at the end of its scope: when the
        // suspended generator is dropped, not at the yield.
        assert_eq!(events(&log), ["new t", "dropping", "drop t"]);
    }

    #[coro::generator]
    fn inner_with_guard(log: Log) -> impl Generator<Yield = u8, Return = ()> {
        let _g = Noisy::new("inner", &log);
        yield_!(1);
        yield_!(2);
    }

    #[coro::generator]
    fn outer_with_guard(log: Log) -> impl Iterator<Item = u8> {
        let _g = Noisy::new("outer", &log);
        yield_from!(inner_with_guard(log.clone()));
        yield_!(3);
    }

    #[test]
    fn dropping_during_delegation_drops_inner_then_outer_locals() {
        let log = new_log();
        let mut g = outer_with_guard(log.clone());
        assert_eq!(g.next(), Some(1));
        log.borrow_mut().push("dropping".into());
        drop(g);
        assert_eq!(
            events(&log),
            [
                "new outer",
                "new inner",
                "dropping",
                "drop inner",
                "drop outer"
            ]
        );
    }
}

// ---------------------------------------------------------------------------
// Inside a coroutine

mod in_coroutine {
    use super::*;
    use std::time::Duration;

    #[coro::generator]
    fn countdown(from: u32) -> impl Iterator<Item = u32> {
        let mut n = from;
        while n > 0 {
            yield_!(n);
            n -= 1;
        }
    }

    #[coro::coroutine]
    fn consume(log: Log) -> u32 {
        let mut sum = 0;
        for x in countdown(4) {
            log.borrow_mut().push(format!("got {x}"));
            coro::sleep(Duration::ZERO).await;
            sum += x;
        }
        sum
    }

    #[test]
    fn generator_iterated_across_awaits() {
        let log = new_log();
        assert_eq!(coro::run(consume(log.clone())), 10);
        assert_eq!(events(&log), ["got 4", "got 3", "got 2", "got 1"]);
    }

    #[coro::coroutine]
    fn two_interleaved(log: Log) -> Vec<u32> {
        let a = coro::spawn(consume(log.clone()));
        let b = coro::spawn(consume(log.clone()));
        vec![a.await.unwrap(), b.await.unwrap()]
    }

    #[test]
    fn generators_in_concurrent_tasks() {
        let log = new_log();
        assert_eq!(coro::run(two_interleaved(log.clone())), [10, 10]);
        let ev = events(&log);
        assert_eq!(ev.len(), 8);
        assert_eq!(ev.iter().filter(|e| *e == "got 1").count(), 2);
    }
}

// ---------------------------------------------------------------------------
// Generic generators and methods

mod generic_and_methods {
    use super::*;

    #[coro::generator]
    fn pairs<I: Iterator>(mut it: I) -> impl Iterator<Item = (I::Item, I::Item)>
    where
        I::Item: Clone,
    {
        let Some(mut prev) = it.next() else {
            return;
        };
        for x in it {
            yield_!((prev, x.clone()));
            prev = x;
        }
    }

    #[test]
    fn generic_over_an_iterator() {
        let got: Vec<(i32, i32)> = pairs([1, 2, 3, 4].into_iter()).collect();
        let reference: Vec<(i32, i32)> = [1, 2, 3, 4].windows(2).map(|w| (w[0], w[1])).collect();
        assert_eq!(got, reference);
        let words: Vec<(&str, &str)> = pairs("a b c".split(' ')).collect();
        assert_eq!(words, [("a", "b"), ("b", "c")]);
        assert_eq!(pairs(std::iter::empty::<u8>()).count(), 0);
    }

    #[coro::generator]
    fn repeat_each<T: Clone + std::fmt::Debug>(
        items: &[T],
        times: usize,
    ) -> impl Generator<Yield = T, Return = String> {
        for item in items {
            for _ in 0..times {
                yield_!(item.clone());
            }
        }
        format!("{items:?}x{times}")
    }

    #[test]
    fn generic_with_borrowed_slice_and_return_value() {
        let items = vec!["p".to_owned(), "q".to_owned()];
        let (ys, r) = drain(repeat_each(&items, 2));
        assert_eq!(ys, ["p", "p", "q", "q"]);
        assert_eq!(r, r#"["p", "q"]x2"#);
        let (ys, r) = drain(repeat_each(&[1u8, 2], 0));
        assert!(ys.is_empty());
        assert_eq!(r, "[1, 2]x0");
    }

    struct Matrix {
        rows: Vec<Vec<i32>>,
    }

    impl Matrix {
        #[coro::generator]
        fn cells(&self) -> impl Iterator<Item = (usize, usize, i32)> {
            for (r, row) in self.rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    yield_!((r, c, *v));
                }
            }
        }

        #[coro::generator]
        fn column(&self, c: usize) -> impl Generator<Yield = i32, Return = i32> {
            let mut sum = 0;
            for row in &self.rows {
                if let Some(v) = row.get(c) {
                    sum += v;
                    yield_!(*v);
                }
            }
            sum
        }

        #[coro::generator]
        fn drain_rows(&mut self) -> impl Iterator<Item = Vec<i32>> {
            while let Some(row) = self.rows.pop() {
                yield_!(row);
            }
        }
    }

    #[test]
    fn ref_self_methods() {
        let m = Matrix {
            rows: vec![vec![1, 2], vec![3], vec![4, 5, 6]],
        };
        let reference: Vec<(usize, usize, i32)> = m
            .rows
            .iter()
            .enumerate()
            .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, v)| (r, c, *v)))
            .collect();
        assert_eq!(m.cells().collect::<Vec<_>>(), reference);
        // Two generators borrowing `self` at once.
        let mut a = m.column(0);
        let mut b = m.column(1);
        assert_eq!(a.send(()), GeneratorState::Yielded(1));
        assert_eq!(b.send(()), GeneratorState::Yielded(2));
        assert_eq!(drain(a), (vec![3, 4], 8));
        assert_eq!(drain(b), (vec![5], 7));
    }

    #[test]
    fn mut_self_method() {
        let mut m = Matrix {
            rows: vec![vec![1], vec![2, 3]],
        };
        let first: Vec<Vec<i32>> = m.drain_rows().take(1).collect();
        assert_eq!(first, [vec![2, 3]]);
        assert_eq!(m.rows, [vec![1]]);
        assert_eq!(m.drain_rows().collect::<Vec<_>>(), [vec![1]]);
        assert!(m.rows.is_empty());
    }

    #[test]
    fn generator_is_send_when_its_contents_are() {
        fn assert_send<T: Send>(_: &T) {}
        let m = Matrix {
            rows: vec![vec![1]],
        };
        let g = pairs(vec![1, 2, 3].into_iter());
        assert_send(&g);
        assert_send(&m.cells());
        let handle = std::thread::spawn(move || g.collect::<Vec<_>>());
        assert_eq!(handle.join().unwrap(), [(1, 2), (2, 3)]);
    }
}

// ---------------------------------------------------------------------------
// `?` and Result

mod question_mark {
    use super::*;

    #[coro::generator]
    fn parse_all<'a>(
        inputs: &'a [&'a str],
    ) -> impl Generator<Yield = i64, Return = Result<i64, String>> {
        let mut sum = 0;
        for s in inputs {
            let n: i64 = s.parse().map_err(|e| format!("{s:?}: {e}"))?;
            sum += n;
            yield_!(n);
        }
        Ok(sum)
    }

    #[test]
    fn question_mark_ends_the_generator_with_the_error() {
        let inputs = ["1", "2", "x", "4"];
        let (ys, r) = drain(parse_all(&inputs));
        assert_eq!(ys, [1, 2]);
        assert_eq!(r, Err(r#""x": invalid digit found in string"#.to_owned()));
        let inputs = ["10", "-3"];
        assert_eq!(drain(parse_all(&inputs)), (vec![10, -3], Ok(7)));
    }

    #[coro::generator]
    fn first_some(items: Vec<Option<u8>>) -> impl Generator<Yield = u8, Return = Option<()>> {
        for item in items {
            yield_!(item?);
        }
        Some(())
    }

    #[test]
    fn question_mark_on_option() {
        assert_eq!(
            drain(first_some(vec![Some(1), Some(2)])),
            (vec![1, 2], Some(()))
        );
        assert_eq!(
            drain(first_some(vec![Some(1), None, Some(3)])),
            (vec![1], None)
        );
    }
}

// ---------------------------------------------------------------------------
// Panics and the fused Iterator view

mod panics {
    use super::*;

    #[coro::generator]
    fn two() -> impl Generator<Yield = u8, Return = &'static str> {
        yield_!(1);
        yield_!(2);
        "done"
    }

    #[test]
    fn resumed_after_completion_panics() {
        let mut g = two();
        assert_eq!(drain(&mut g), (vec![1, 2], "done"));
        let err = catch_unwind(AssertUnwindSafe(|| g.send(()))).expect_err("must panic");
        let msg = panic_message(err);
        assert!(msg.contains("resumed after completion"), "message: {msg}");
    }

    #[coro::generator]
    fn fails_at(k: u32, log: Log) -> impl Iterator<Item = u32> {
        let _guard = Noisy::new("guard", &log);
        for i in 0.. {
            if i == k {
                panic!("boom at {i}");
            }
            yield_!(i);
        }
    }

    #[test]
    fn resumed_after_panicking_panics() {
        let log = new_log();
        let mut g = fails_at(2, log.clone());
        assert_eq!(g.next(), Some(0));
        assert_eq!(g.next(), Some(1));
        let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("must panic");
        assert_eq!(panic_message(err), "boom at 2");
        // The unwinding dropped the live local exactly once.
        assert_eq!(events(&log), ["new guard", "drop guard"]);
        let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("must panic again");
        let msg = panic_message(err);
        assert!(msg.contains("resumed after panicking"), "message: {msg}");
        drop(g);
        assert_eq!(events(&log), ["new guard", "drop guard"], "no double drop");
    }

    #[test]
    fn panic_in_inner_generator_propagates_through_delegation() {
        #[coro::generator]
        fn outer(log: Log) -> impl Iterator<Item = u32> {
            yield_!(100);
            yield_from!(Counting(fails_at(1, log.clone())));
            yield_!(200);
        }
        /// Adapts an `Iterator` generator to `Generator` by hand, to check
        /// that delegation works with user-written generators too.
        struct Counting<I>(I);
        impl<I: Iterator + Unpin> Generator for Counting<I> {
            type Yield = I::Item;
            type Return = ();
            fn resume(mut self: Pin<&mut Self>, _: ()) -> GeneratorState<I::Item, ()> {
                match self.0.next() {
                    Some(x) => GeneratorState::Yielded(x),
                    None => GeneratorState::Complete(()),
                }
            }
        }
        let log = new_log();
        let mut g = outer(log.clone());
        assert_eq!(g.next(), Some(100));
        assert_eq!(g.next(), Some(0));
        let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("must panic");
        assert_eq!(panic_message(err), "boom at 1");
        assert_eq!(events(&log), ["new guard", "drop guard"]);
        let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("must panic again");
        assert!(panic_message(err).contains("resumed after panicking"));
    }

    #[coro::generator]
    fn two_iter() -> impl Iterator<Item = u8> {
        yield_!(1);
        yield_!(2);
    }

    #[test]
    fn iterator_is_fused() {
        let mut g = two_iter();
        assert_eq!(g.next(), Some(1));
        assert_eq!(g.next(), Some(2));
        for _ in 0..5 {
            assert_eq!(g.next(), None);
        }
        // The opaque return type says so, too.
        fn is_fused<I: std::iter::FusedIterator>(_: &I) {}
        is_fused(&two_iter());
        let mut empty = super::no_yield_iter();
        for _ in 0..3 {
            assert_eq!(empty.next(), None);
        }
    }
}

#[coro::generator]
fn no_yield_iter() -> impl Iterator<Item = u8> {}

// ---------------------------------------------------------------------------
// The example

#[test]
fn example_generators_output() {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "generators"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cannot run cargo");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    assert!(
        output.status.success(),
        "example failed ({}):\nstdout:\n{stdout}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "fibonacci: 0 1 1 2 3 5 8 13 21 34 55 89",
            "tree in order: 1 2 3 4 5 6 7",
            "tree nodes visited: 7",
            "send 10 -> average 10",
            "send 20 -> average 15",
            "send 60 -> average 30",
            "send 10 -> average 25",
            "averaged 4 values",
        ]
    );
}

// ---------------------------------------------------------------------------
// Borrows across a yield: the borrowed locals live in homes on the heap (a
// generator is moved between resumes), checked by the never-run async copy.

mod borrows_across_yield {
    use super::*;

    #[coro::generator]
    fn tens() -> impl Iterator<Item = u32> {
        let v = vec![1u32, 2, 3];
        for x in &v {
            yield_!(*x * 10);
        }
        let s = String::from("abcd");
        let r = &s;
        yield_!(r.len() as u32);
        yield_!(s.len() as u32 + v.len() as u32);
    }

    #[test]
    fn iterating_a_local_by_reference_yields_its_items() {
        assert_eq!(tens().collect::<Vec<_>>(), vec![10, 20, 30, 4, 7]);
    }

    #[test]
    fn a_generator_moved_between_resumes_keeps_its_borrows() {
        let mut g = tens();
        let first = g.next();
        let moved = Box::new(g);
        let mut again = *moved;
        let second = again.next();
        let rest: Vec<u32> = again.collect();
        assert_eq!((first, second, rest), (Some(10), Some(20), vec![30, 4, 7]));
    }

    #[coro::generator]
    fn accumulate() -> impl Generator<u32, Yield = u32, Return = String> {
        let mut seen = Vec::new();
        let r = &mut seen;
        let mut total = 0u32;
        while total <= 10 {
            let got = yield_!(total);
            r.push(got);
            total += got;
        }
        format!("{seen:?}")
    }

    #[test]
    fn a_mutable_borrow_held_across_yields_sees_every_sent_value() {
        let mut g = accumulate();
        let outs: Vec<String> = [0, 4, 5, 6]
            .into_iter()
            .map(|n| format!("{:?}", g.send(n)))
            .collect();
        // The first resume argument is dropped (Python's first `send(None)`).
        assert_eq!(
            outs,
            [
                "Yielded(0)",
                "Yielded(4)",
                "Yielded(9)",
                "Complete(\"[4, 5, 6]\")"
            ]
        );
    }

    #[coro::generator]
    fn names(log: Log) -> impl Iterator<Item = &'static str> {
        let a = Noisy::new("a", &log);
        let ra = &a;
        let items = vec![Noisy::new("x", &log), Noisy::new("y", &log)];
        for item in &items {
            yield_!(item.name);
        }
        let b = Noisy::new("b", &log);
        let r = &b;
        yield_!(r.name);
        yield_!(ra.name);
    }

    #[test]
    fn homed_locals_drop_in_reverse_order_at_the_end() {
        let log = new_log();
        let got: Vec<_> = names(log.clone()).collect();
        assert_eq!(got, ["x", "y", "b", "a"]);
        assert_eq!(
            events(&log),
            [
                "new a", "new x", "new y", "new b", "drop b", "drop x", "drop y", "drop a"
            ]
        );
    }

    #[test]
    fn dropping_a_suspended_generator_drops_its_homed_locals() {
        for k in 0..5 {
            let log = new_log();
            let mut g = names(log.clone());
            for _ in 0..k {
                g.next();
            }
            drop(g);
            let ev = events(&log);
            let dropped: Vec<_> = ev.iter().filter(|e| e.starts_with("drop")).collect();
            let created = ev.iter().filter(|e| e.starts_with("new")).count();
            assert_eq!(dropped.len(), created, "after {k} items: {ev:?}");
            // The most recently declared first, the vector's items in order.
            if created == 4 {
                assert_eq!(
                    dropped,
                    ["drop b", "drop x", "drop y", "drop a"],
                    "after {k}"
                );
            }
        }
    }
}

mod delegation_borrowing_a_local {
    use super::*;

    #[coro::generator]
    fn push_each(acc: &mut Vec<u32>, n: u32) -> impl Generator<Yield = u32, Return = usize> {
        for i in 0..n {
            acc.push(i);
            yield_!(i);
        }
        acc.len()
    }

    #[coro::generator]
    fn outer() -> impl Iterator<Item = u32> {
        let mut acc = Vec::new();
        let len = yield_from!(push_each(&mut acc, 3));
        yield_!(len as u32 * 100);
        yield_!(acc.iter().sum::<u32>());
    }

    #[test]
    fn a_delegated_generator_may_borrow_a_local_of_the_outer_one() {
        assert_eq!(outer().collect::<Vec<_>>(), vec![0, 1, 2, 300, 3]);
    }
}
