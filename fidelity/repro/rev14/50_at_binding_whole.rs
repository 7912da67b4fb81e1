// args: 2
fn f(k: i64) -> i64 {
    let o = Some((Tracked::new("a"), k));
    let u = Tracked::new("u");
    tick("x").await;
    let n = match o {
        w @ Some((_, 2)) => { tick("arm").await; w.map_or(0, |p| p.1) }
        w @ Some(_) => w.map_or(1, |p| p.1),
        None => 0,
    };
    tick("y").await;
    n + u.len()
}
