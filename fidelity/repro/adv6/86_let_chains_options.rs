// args:
// Nested `if let` with an else-if-let chain on awaited Options (no let chains), a Tracked bound in the first branch held across an await.
fn f() -> i64 {
    let mut r = 0;
    for i in 0..3 {
        if let Some(t) = ready("a", opt_trk("first", i == 0)).await {
            tick("in-first").await;
            r = r * 10 + t.len();
        } else if let Some(n) = ready("b", if i == 1 { Some(4) } else { None }).await {
            r = r * 10 + n;
        } else {
            tick("neither").await;
            r = r * 10 + 9;
        }
    }
    r
}
