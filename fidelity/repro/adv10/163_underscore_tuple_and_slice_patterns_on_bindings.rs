// args: 2
// `let (_, _) = t;`, `let [_, _] = arr;`, `if let (Some(_), _) = pair` on bindings: no move, values live on.
fn f(k: i64) -> i64 {
    let t = duo("t0", "t1");
    let arr = [Tracked::new("a0"), Tracked::new("a1")];
    let pair = (opt_trk("p0", true), Tracked::new("p1"));
    let (_, _) = t;
    let [_, _] = arr;
    let mut n = 0;
    if let (Some(_), _) = pair { n += 1; }
    tick("x").await;
    n + k + t.0.len() + arr[1].len() + pair.1.len()
}
