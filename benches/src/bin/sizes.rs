//! `cargo run --release -p coro-benches --bin sizes`: the size of each
//! reference function's state machine, `#[coro::coroutine]` against the same
//! body as a rustc `async fn` future. Also checks that both sides compute the
//! same result with the same number of resumes.

use coro_benches::{Msg, coro_side as c, drive, drive_future, native_side as n};
use std::fmt::Debug;
use std::mem::size_of_val;

struct Row {
    name: &'static str,
    ours: usize,
    rustc: usize,
    /// Our machine has locals in fixed homes (pinned slots): it is `!Unpin`.
    slotted: bool,
}

fn row<A, F>(name: &'static str, ours: impl Fn() -> A, rustc: impl Fn() -> F) -> Row
where
    A: coro::Awaitable,
    F: std::future::Future<Output = A::Output>,
    A::Output: PartialEq + Debug,
{
    let (a, b) = (ours(), rustc());
    let (ours_size, rustc_size) = (size_of_val(&a), size_of_val(&b));
    let slotted = std::any::type_name::<A>().contains("PinnedMachine");
    let (out_a, polls_a) = drive(a);
    let (out_b, polls_b) = drive_future(b);
    assert_eq!(out_a, out_b, "{name}: results differ");
    assert_eq!(polls_a, polls_b, "{name}: resume counts differ");
    Row {
        name,
        ours: ours_size,
        rustc: rustc_size,
        slotted,
    }
}

/// Generators against the hand-written iterators that compute the same
/// sequence (the stable-Rust reference: there are no `gen` blocks).
mod generators {
    /// Fibonacci numbers below `limit`.
    #[coro::generator]
    pub fn fib(limit: u64) -> impl Iterator<Item = u64> {
        let (mut a, mut b) = (0u64, 1u64);
        while a < limit {
            yield_!(a);
            (a, b) = (b, a + b);
        }
    }

    pub struct Fib {
        pub a: u64,
        pub b: u64,
        pub limit: u64,
    }

    impl Iterator for Fib {
        type Item = u64;
        fn next(&mut self) -> Option<u64> {
            if self.a >= self.limit {
                return None;
            }
            let a = self.a;
            (self.a, self.b) = (self.b, self.a + self.b);
            Some(a)
        }
    }

    /// The words of a text, one at a time.
    #[coro::generator]
    pub fn words(text: String) -> impl Iterator<Item = String> {
        for w in text
            .split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
        {
            yield_!(w);
        }
    }

    pub fn words_reference(text: String) -> impl Iterator<Item = String> {
        text.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
            .into_iter()
    }

    /// Squares of the even numbers below `n`, by delegation to a range generator.
    #[coro::generator]
    pub fn upto(n: u64) -> impl coro::Generator<Yield = u64, Return = u64> {
        for i in 0..n {
            yield_!(i);
        }
        n
    }

    #[coro::generator]
    pub fn twice(n: u64) -> impl Iterator<Item = u64> {
        let first = yield_from!(upto(n));
        let _second = yield_from!(upto(first));
    }

    pub fn twice_reference(n: u64) -> impl Iterator<Item = u64> {
        (0..n).chain(0..n)
    }
}

fn generator_row<G, R>(name: &'static str, ours: impl Fn() -> G, reference: impl Fn() -> R) -> Row
where
    G: Iterator,
    R: Iterator<Item = G::Item>,
    G::Item: PartialEq + Debug,
{
    let (a, b) = (ours(), reference());
    let (ours_size, rustc_size) = (size_of_val(&a), size_of_val(&b));
    assert_eq!(
        a.collect::<Vec<_>>(),
        b.collect::<Vec<_>>(),
        "{name}: sequences differ"
    );
    Row {
        name,
        ours: ours_size,
        rustc: rustc_size,
        slotted: false,
    }
}

fn main() {
    let generator_rows = [
        generator_row(
            "fib (generator vs hand-written Iterator)",
            || generators::fib(1000),
            || generators::Fib {
                a: 0,
                b: 1,
                limit: 1000,
            },
        ),
        generator_row(
            "words (generator vs vec::IntoIter)",
            || generators::words("a bb ccc".into()),
            || generators::words_reference("a bb ccc".into()),
        ),
        generator_row(
            "twice, by yield_from! (generator vs Chain<Range, Range>)",
            || generators::twice(5),
            || generators::twice_reference(5),
        ),
    ];
    let rows = [
        row(
            "collect_loop",
            || c::collect_loop(10),
            || n::collect_loop(10),
        ),
        row("nested", || c::nested(10), || n::nested(10)),
        row(
            "match_arms",
            || c::match_arms(Msg::Text("hi".into())),
            || n::match_arms(Msg::Text("hi".into())),
        ),
        row(
            "locals_across",
            || c::locals_across(7),
            || n::locals_across(7),
        ),
        row("try_heavy", || c::try_heavy(1, 0), || n::try_heavy(1, 0)),
        row("big_dead", || c::big_dead(3), || n::big_dead(3)),
        row("many_awaits", || c::many_awaits(1), || n::many_awaits(1)),
        row("branches", || c::branches(true, 5), || n::branches(true, 5)),
        row(
            "big_scoped (extra)",
            || c::big_scoped(3),
            || n::big_scoped(3),
        ),
        row(
            "big_unborrowed (extra)",
            || c::big_unborrowed(3),
            || n::big_unborrowed(3),
        ),
        row("count_loop", || c::count_loop(10), || n::count_loop(10)),
        row(
            "count_nested",
            || c::count_nested(10),
            || n::count_nested(10),
        ),
        row(
            "borrowed_buffer (borrows)",
            || c::borrowed_buffer(3),
            || n::borrowed_buffer(3),
        ),
        row(
            "borrowed_iteration (borrows)",
            || c::borrowed_iteration(3),
            || n::borrowed_iteration(3),
        ),
        row(
            "borrowed_and_packed (borrows)",
            || c::borrowed_and_packed(3),
            || n::borrowed_and_packed(3),
        ),
    ];
    println!(
        "| function | #[coro::coroutine] (bytes) | async fn (bytes) | ours - rustc | verdict | layout |"
    );
    println!("|---|---:|---:|---:|---|---|");
    let mut worse = 0;
    for r in &rows {
        let diff = r.ours as isize - r.rustc as isize;
        let verdict = if r.ours <= r.rustc {
            "ok (<=)"
        } else {
            worse += 1;
            "LARGER"
        };
        let layout = if r.slotted {
            "borrowed locals in fixed slots (!Unpin)"
        } else {
            "all packed (Unpin)"
        };
        println!(
            "| {} | {} | {} | {:+} | {} | {} |",
            r.name, r.ours, r.rustc, diff, verdict, layout
        );
    }
    println!();
    println!(
        "{} of {} functions within target (size <= rustc's)",
        rows.len() - worse,
        rows.len()
    );
    println!();
    println!(
        "| generator | #[coro::generator] (bytes) | hand-written iterator (bytes) | difference |"
    );
    println!("|---|---:|---:|---:|");
    for r in &generator_rows {
        println!(
            "| {} | {} | {} | {:+} |",
            r.name,
            r.ours,
            r.rustc,
            r.ours as isize - r.rustc as isize
        );
    }
}
