// args: 0
// A binding declared without initializer and assigned only on some paths, read only on those paths (drop only if assigned).
fn f(c: i64) -> i64 {
    let t: Tracked;
    let mut n = 0;
    if c == 1 {
        t = Tracked::new("assigned");
        tick("a").await;
        n += t.len();
    }
    tick("b").await;
    let u: Tracked;
    loop {
        u = ready("u", Tracked::new("loop")).await;
        break;
    }
    n + u.len()
}
