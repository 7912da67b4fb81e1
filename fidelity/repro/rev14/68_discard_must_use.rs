// args: 2
fn f(k: i64) -> i64 {
    let _ = ready("r", ok_if(k)).await;
    ready("r2", ok_if(k)).await.ok();
    helper().await;
    k
}
#[co] fn helper() -> i64 {
    tick("h").await;
    1
}
