// args: 2
fn f(k: i64) -> i64 {
    let c = std::cell::RefCell::new(vec![Tracked::new("a")]);
    let mut out = Vec::new();
    out.extend_from_slice(&[ready("x", k).await]);
    let n = c.borrow().iter().map(|t| t.len()).sum::<i64>() + ready("y", 1).await;
    let l = len_of(&*c.borrow(), ready("z", 2).await, &*c.borrow());
    tick("w").await;
    n + l + out.len() as i64
}
fn len_of(a: &[Tracked], x: i64, b: &[Tracked]) -> i64 { (a.len() + b.len()) as i64 + x }
