// args: 2
fn f(k: i64) -> i64 {
    let mut v = vec![Tracked::new("a")];
    let m = matches!(v.last_mut(), Some(t) if ready("g", t.len()).await == 1);
    v.push(Tracked::new("b"));
    tick("x").await;
    m as i64 + v.len() as i64 + k
}
