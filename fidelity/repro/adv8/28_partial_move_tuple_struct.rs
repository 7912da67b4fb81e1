// args:
// Partial moves out of a tuple binding and a struct binding before awaits; the remaining parts drop at scope end.
fn f() -> i64 {
    let pair = duo("l", "rr");
    let p = pair_of("pa", "pbb");
    let left = pair.0;
    tick("a").await;
    let x = take(left);
    let b = p.b;
    tick("b").await;
    x + b.len() + pair.1.len() + p.a.len()
}
