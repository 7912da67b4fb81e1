// args: 2
// Lint check: `value assigned is never read` on a binding reassigned around awaits inside a loop.
fn f(k: i64) -> i64 {
    let mut state = 0;
    let mut out = 0;
    for i in 0..k {
        state = ready("s", i).await;
        state = state * 2;
        out += state;
    }
    let mut dead = 1;
    dead = ready("d", 9).await;
    let _ = dead;
    out
}
