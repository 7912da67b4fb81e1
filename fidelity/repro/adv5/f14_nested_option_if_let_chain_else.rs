// args: 2
// let chains mixing bool conditions and patterns, with else branches awaiting; temporaries in chain links.
fn f(n: i64) -> i64 {
    let data = vec![Tracked::new("x1"), Tracked::new("yy2")];
    let mut out = 0;
    for i in 0..n + 1 {
        if i > 0
            && let Some(t) = data.get(i as usize - 1)
            && let Some(rest) = t.name().strip_prefix(if i == 1 { "x" } else { "yy" })
            && ready("chk", rest.len() as i64).await == 1
        {
            out += t.len() * 10;
        } else {
            let _e = Tracked::new("else");
            out += ready("else", 1).await;
        }
    }
    out
}
