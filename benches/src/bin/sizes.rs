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
}

fn row<A, F>(name: &'static str, ours: impl Fn() -> A, rustc: impl Fn() -> F) -> Row
where
    A: coro::Awaitable,
    F: std::future::Future<Output = A::Output>,
    A::Output: PartialEq + Debug,
{
    let (a, b) = (ours(), rustc());
    let (ours_size, rustc_size) = (size_of_val(&a), size_of_val(&b));
    let (out_a, polls_a) = drive(a);
    let (out_b, polls_b) = drive_future(b);
    assert_eq!(out_a, out_b, "{name}: results differ");
    assert_eq!(polls_a, polls_b, "{name}: resume counts differ");
    Row {
        name,
        ours: ours_size,
        rustc: rustc_size,
    }
}

fn main() {
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
    ];
    println!(
        "| function | #[coro::coroutine] (bytes) | async fn (bytes) | ours - rustc | verdict |"
    );
    println!("|---|---:|---:|---:|---|");
    let mut worse = 0;
    for r in &rows {
        let diff = r.ours as isize - r.rustc as isize;
        let verdict = if r.ours <= r.rustc {
            "ok (<=)"
        } else {
            worse += 1;
            "LARGER"
        };
        println!(
            "| {} | {} | {} | {:+} | {} |",
            r.name, r.ours, r.rustc, diff, verdict
        );
    }
    println!();
    println!(
        "{} of {} functions within target (size <= rustc's)",
        rows.len() - worse,
        rows.len()
    );
}
