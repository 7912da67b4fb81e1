// args:
// A #[co] fn taking `impl Iterator<Item = Tracked>` consumed by a `for` with awaits and an early break (rest dropped).
fn f() -> i64 {
    let v = vec![Tracked::new("x1"), Tracked::new("x22"), Tracked::new("x3")];
    let a = drain_until(v.into_iter(), 3).await;
    let b = drain_until(std::iter::once(Tracked::new("solo")), 9).await;
    a * 10 + b
}
#[co] fn drain_until(it: impl Iterator<Item = Tracked>, stop: i64) -> i64 {
    let mut n = 0;
    for t in it {
        let l = ready("len", t.len()).await;
        if l >= stop { break; }
        n += l;
    }
    n
}
