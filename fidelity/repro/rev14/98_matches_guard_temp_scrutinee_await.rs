// args: 2
fn f(k: i64) -> i64 {
    let m = matches!(Tracked::new("s"), ref t if ready("g", t.len()).await == 1) && ready("z", true).await;
    let m2 = matches!(opt_trk("o", true), Some(ref t) if t.len() == k - 1);
    tick("x").await;
    m as i64 + m2 as i64
}
