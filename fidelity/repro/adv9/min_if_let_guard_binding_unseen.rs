// args: 0
// REFUSAL (E0425 "cannot find value `t` in this scope"): an `if let` guard (`n if let Some(t) = o => ..`, stable
// since Rust 1.95's if_let_guard) whose binding the arm body uses after an `.await`; the async fn compiles.
fn f(k: i64) -> i64 {
    let o = Some(Tracked::new("x"));
    match k {
        n if let Some(t) = &o => { tick("arm").await; n + t.len() }
        _ => 0,
    }
}
