// args: 2
// Tool and lint attributes on statements, arms and expressions that await: `#[rustfmt::skip]` on a `let` and a
// block, `#[allow(unused_variables)]` on a match arm, `#[allow(unused_mut)]` on an arm body's let.
fn f(k: i64) -> i64 {
    #[rustfmt::skip]
    let a = ready("a",   k).await;
    #[rustfmt::skip]
    let _b = { tick("blk").await; };
    let r = match ready("m", Some(Tracked::new("m"))).await {
        #[allow(unused_variables)]
        Some(t) => { tick("arm").await; 1 }
        None => 0,
    };
    a + r
}
