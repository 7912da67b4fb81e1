// args: 2
// `match (v.get(i), v.get(j))` with `(Some(a), Some(b))` refs used after awaits; `v.get(i..j)` slices.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let mut n = 0;
    for (i, j) in [(0, 1), (1, k as usize), (2, 5)] {
        n += match (v.get(i), v.get(j)) {
            (Some(a), Some(b)) => { tick("both").await; a.len() * 10 + b.len() }
            (Some(a), None) => { tick("one").await; a.len() * 100 }
            _ => 0,
        };
    }
    if let Some(sl) = v.get(1..) { tick("slice").await; n += sl.len() as i64 * 1000; }
    n
}
