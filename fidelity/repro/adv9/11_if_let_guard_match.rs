// args: 3
// `if let` guards in match arms (stable in recent Rust) around awaits in the arm bodies.
fn f(k: i64) -> i64 {
    let items = vec![Some(Tracked::new("x")), None, Some(Tracked::new("yy"))];
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        let r = match i as i64 + k {
            n if let Some(t) = it && t.len() > 1 => { ready("long", n).await + t.len() }
            n if let Some(t) = it => { tick("short").await; n * t.len() }
            n => ready("none", -n).await,
        };
        total += r;
    }
    total
}
