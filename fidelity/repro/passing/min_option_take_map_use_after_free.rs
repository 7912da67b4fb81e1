// args:
// Was MIN (fixed in the eleventh session): as min_option_take_map_before_await.rs with an `Option<String>`: after the taken String is
// dropped, the coroutine's `slot` still holds it; its bytes now belong to a later allocation (use after free in safe code).
// coro  [..., "Some(\"XXXXXXXXXXXXXXXXXXXXXXXXXX\")"]   async fn [..., "None"]
// With a Tracked: coro logs "drop slot" once and later `Some(Tracked("slot"))`.
fn f() -> i64 {
    let mut slot = Some(String::from("hello world, a heap string"));
    let n = slot.take().map_or(0, |s| s.ilen()) + ready("mid", 10).await;
    let junk = vec![String::from("XXXXXXXXXXXXXXXXXXXXXXXXXX"); 4];
    tick("after").await;
    log(format!("{:?}", slot));
    n + junk.ilen()
}
