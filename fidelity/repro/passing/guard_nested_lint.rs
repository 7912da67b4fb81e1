// args: 4
// class await-guard: a binding used only in an awaiting guard of a `match` inside a guard was reported unused (the arm's `#[allow]` was lost).
fn f(n: i64) -> i64 {
    let k = ready("r29", n).await;
    match k {
        1 => ready_after("r31", 2, 3).await,
        m32 if m32 > ready_after("r33", 2, 8).await => 5,
        _ => 0,
    }
}
