// args:
// `let _ = f().await;` drops the awaited Tracked at once, `let _g = f().await;` keeps it, `f().await;` as a statement drops at the `;`.
fn f() -> i64 {
    let _ = ready("a", Tracked::new("a")).await;
    tick("after-a").await;
    let _g = ready("b", Tracked::new("b")).await;
    tick("after-b").await;
    ready("c", Tracked::new("c")).await;
    tick("after-c").await;
    let _ = (Tracked::new("d"), ready("e", 1).await);
    tick("after-d").await;
    1
}
