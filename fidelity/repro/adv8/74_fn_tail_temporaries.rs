// args:
// The function's tail expression with a Tracked temporary and an await: edition 2024 drops tail temporaries before locals.
fn f() -> i64 {
    let _l = Tracked::new("local");
    let x = ready("x", 3).await;
    Tracked::new("tail").len() + ready("y", x).await + opt_len(&opt_trk("o", true))
}
