// args:
// `if let [a, b] = &v[..]` and `if let [first, .., last] = v.as_slice()` on Vec<Tracked>, awaits in the bodies; `let [x, y] = arr` on i64s.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb")];
    let mut out = 0;
    if let [a, b] = &v[..] {
        tick("two").await;
        out += a.len() * 10 + b.len();
    }
    let w = bag("x", "yyy");
    if let [first, .., last] = w.as_slice() {
        out += ready("fl", first.len() + last.len() * 100).await;
    }
    let arr = [ready("p", 3).await, 4];
    let [x, y] = arr;
    tick("end").await;
    out + x * y
}
