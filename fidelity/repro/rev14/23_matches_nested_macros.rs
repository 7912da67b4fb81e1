// args: 2
fn f(k: i64) -> i64 {
    let x = Some(Tracked::new("x"));
    let v = vec![matches!(x, Some(ref t) if t.len() == 1), matches!(ready("a", k).await, 2 | 3)];
    assert!(matches!(ready("b", Some(Tracked::new("b"))).await, Some(_)));
    assert!(matches!(x, Some(ref t) if t.len() > ready("c", 0).await), "msg {}", k);
    let s = format!("{:?}", matches!(ready("d", Tracked::new("d")).await, ref t if t.len() == 1));
    tick("x").await;
    v.len() as i64 + s.len() as i64 + v[0] as i64
}
