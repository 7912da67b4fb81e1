// args: 2
// Let chain whose middle operand is an awaited bool, and a `while let .. && ..` chain popping a Vec<Tracked>.
fn f(k: i64) -> i64 {
    let o = opt_trk("o", k > 0);
    let mut out = 0;
    if let Some(t) = &o && ready("ok", k > 1).await && t.len() == 1 {
        out += 100;
    }
    let mut v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("c")];
    while let Some(t) = v.pop() && t.len() == 1 {
        tick(t.name()).await;
        out += 1;
    }
    out + v.ilen() * 10
}
