// args: 1
// Edition 2021 disjoint capture: a closure captures `p.a` by reference while `p.b` is moved out, then awaits, then called.
fn f(k: i64) -> i64 {
    let p = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    let la = || p.a.len() + k;
    let moved = take(p.b);
    tick("t").await;
    let x = la();
    ready("r", x + moved).await
}
