// args:
// `if let (a, _) = ready(.., duo(..)).await { .await }`: `a` moves out, the `_` part stays in the scrutinee's value, dropped after `a`.
fn f() -> i64 {
    if let (a, _) = ready("s", duo("a", "b")).await {
        tick("a").await;
        log("then end");
        a.len()
    } else {
        0
    }
}
