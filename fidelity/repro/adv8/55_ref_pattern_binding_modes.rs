// args:
// Explicit binding modes: `let &(x, ref y) = &tup;`, `for &(ref name, n) in &list`, `match &mut p { Pair { a, .. } => .. }` with awaits.
fn f() -> i64 {
    let tup = (5i64, Tracked::new("tup"));
    let &(x, ref y) = &tup;
    tick("a").await;
    let list = vec![(Tracked::new("n1"), 1i64), (Tracked::new("n22"), 2)];
    let mut acc = x + y.len();
    for &(ref name, n) in &list {
        acc += ready("item", name.len() * n).await;
    }
    let mut p = pair_of("pa", "pb");
    match &mut p { Pair { a, .. } => { tick("pm").await; *a = Tracked::new("pa2"); } }
    acc * 10 + p.a.len()
}
