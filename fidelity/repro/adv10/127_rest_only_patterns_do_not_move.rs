// args: 2
// Patterns that bind nothing on a binding: `let Pair { .. } = p;`, `let (..) = t;`, `match p { Pair { .. } => }`,
// `let ref _r = t;`, `let Some(_) = o else ..`: none moves, the values live to the scope end.
fn f(k: i64) -> i64 {
    let p = pair_of("pa", "pb");
    let t = duo("ta", "tb");
    let q = pair_of("qa", "qb");
    let u = Tracked::new("u");
    let o = opt_trk("o", true);
    let Pair { .. } = p;
    let (..) = t;
    match q { Pair { .. } => log("q matched") }
    let ref _r = u;
    let Some(_) = o else { return -1; };
    tick("x").await;
    k + p.a.len() + t.0.len() + q.b.len() + u.len() + opt_len(&o)
}
