// args:
// Walking a slice with `while let [first, rest @ ..] = cur`, then `match v.as_slice() { [a, .., z] => .. }` with awaits.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let mut cur: &[Tracked] = &v;
    let mut acc = 0;
    while let [first, rest @ ..] = cur {
        acc += ready("walk", first.len()).await;
        cur = rest;
    }
    let ends = match v.as_slice() {
        [] => 0,
        [only] => only.len(),
        [a, .., z] => { tick("ends").await; a.len() * 10 + z.len() }
    };
    acc * 100 + ends
}
