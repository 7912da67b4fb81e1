// args: 2
// A `parse().unwrap()` panic inside a for loop over owned Vec<Tracked> after awaits; the iterator's rest and guards unwind.
fn f(k: i64) -> i64 {
    let _g = Tracked::new("g");
    let items = vec![Tracked::new("1"), Tracked::new("22"), Tracked::new("x")];
    let mut n = 0;
    for t in items {
        tick(t.name()).await;
        if n >= k { let v: i64 = t.name().parse().unwrap(); n += v; } else { n += 1; }
    }
    n
}
