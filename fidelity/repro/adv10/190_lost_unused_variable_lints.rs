// args: 2
// Bindings that live across an `.await` and are never used: the async fn warns "unused variable" for each,
// the coroutine for none (lost-lints, not a failure; SUMMARY).
fn f(k: i64) -> i64 {
    let x = ready("v", k).await;
    for i in 0..2 { tick("loop").await; }
    match ready("o", Some(k)).await { Some(y) => { tick("arm").await; } None => {} }
    let (a, b) = ready("p", (k, 2)).await;
    tick("end").await;
    a
}
