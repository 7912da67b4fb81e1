// args: 2
// Consuming iterators (vec into_iter, array into_iter, drain, enumerate, zip) broken out early after awaits.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("v1"), Tracked::new("v2"), Tracked::new("v3")];
    let mut n = 0;
    for (i, t) in v.into_iter().enumerate() {
        n += ready("v", t.len()).await;
        if i as i64 == k - 1 { break; }
    }
    let arr = [Tracked::new("a1"), Tracked::new("a2"), Tracked::new("a3")];
    for t in arr {
        if ready("a", t.len()).await > k { continue; }
        n += 1;
        if n > 5 { break; }
    }
    let mut d = vec![Tracked::new("d1"), Tracked::new("d2"), Tracked::new("d3")];
    for t in d.drain(1..) {
        tick(t.name()).await;
        break;
    }
    let z1 = vec![Tracked::new("z1"), Tracked::new("z2")];
    for (a, b) in z1.into_iter().zip(0..k) {
        n += ready("z", a.len() + b).await;
    }
    n * 10 + d.len() as i64
}
