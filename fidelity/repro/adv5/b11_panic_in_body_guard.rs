// args: 1
// A panic from the coroutine's own body (index out of range) inside nested scopes after awaits, with a drained vec.
fn f(n: i64) -> i64 {
    let base = Tracked::new("base");
    let mut items = vec![Tracked::new("i0"), Tracked::new("i1"), Tracked::new("i2")];
    let idx = [0usize, 5, 1];
    let mut sum = 0;
    for t in items.drain(..) {
        let _g = Tracked::new("g");
        tick("body").await;
        sum += t.len() + idx[(idx[n as usize] + sum as usize) % 4] as i64;
    }
    base.len() + sum
}
