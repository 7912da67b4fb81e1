// args: 2
fn f(k: i64) -> i64 {
    let o = (Tracked::new("a"), k);
    tick("x").await;
    let n = match o {
        w @ (_, 2) => w.0.len(),
        w => w.1,
    };
    n
}
