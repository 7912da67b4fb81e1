// args: 3
// Lint check: a binding used only inside a closure defined before an await and called after it; an unused binding
// of an awaited value (`let res = f().await;`).
fn f(k: i64) -> i64 {
    let factor = k * 2;
    let scale = |x: i64| x * factor;
    let res = ready("unused", 7).await;
    let y = ready("y", 4).await;
    scale(y)
}
