// args: 2
// `let r;` assigned a reference to an outer local inside a block or branch, used after awaits; `let r: &Tracked;`.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("bb");
    let r;
    {
        tick("blk").await;
        r = if k > 1 { &a } else { &b };
    }
    let s: &Tracked;
    if ready("c", k % 2 == 0).await { s = &b; } else { s = &a; }
    tick("use").await;
    r.len() * 10 + s.len()
}
