// args: 2
fn f(k: i64) -> i64 {
    let x = (Tracked::new("a"), k);
    let y = Some(Tracked::new("y"));
    let m = matches!(x, (ref t, n) if n > t.len());
    tick("x").await;
    let m2 = matches!(y, Some(ref t) if ready("g", t.len()).await == 1);
    tick("y").await;
    x.0.len() + m as i64 + m2 as i64
}
