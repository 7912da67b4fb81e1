// `.await` in a `matches!` pattern guard, and a guard reading a binding the
// transform renames: the guarded `matches!` is the `match` std expands it
// to (`guarded_matches.rs`). Refused until the fourteenth session (and
// E0728 before that; found by review; adversarial round 9 found the
// renamed binding's E0425).
#![deny(warnings)]

#[coro::coroutine]
fn three() -> u32 {
    3
}

#[coro::coroutine]
fn guard_awaits() -> bool {
    let x = Some(3u32);
    matches!(x, Some(n) if n == three().await)
}

#[coro::coroutine]
fn guard_reads_a_shadowed_binding(k: u32) -> bool {
    let lim = 1;
    let lim = lim + k;
    let here = three().await;
    matches!(Some(here), Some(n) if n <= lim)
}

fn main() {
    assert!(coro::run(guard_awaits()));
    assert!(coro::run(guard_reads_a_shadowed_binding(2)));
    assert!(!coro::run(guard_reads_a_shadowed_binding(1)));
}
