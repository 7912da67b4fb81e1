// `.await` in a `matches!` pattern guard: the guard is not an operand the
// transform lowers, so it is refused with a rewrite (it reached rustc as
// E0728 before; found by review).
#[coro::coroutine]
fn three() -> u32 {
    3
}

#[coro::coroutine]
fn guard_awaits() -> bool {
    let x = Some(3u32);
    matches!(x, Some(n) if n == three().await)
}

fn main() {
    let _ = coro::run(guard_awaits());
}
