// args:
// `if let Some(ref t) = ready(..).await { .await }` then a log after the if: the value drops at the then's end.
fn f() -> i64 {
    let n = if let Some(ref t) = ready("s", Some(Tracked::new("v"))).await {
        tick("a").await;
        t.len()
    } else {
        tick("b").await;
        0
    };
    log("after if");
    tick("c").await;
    n
}
