// args: 3
// `&mut *r` reborrows passed to #[co] helpers, r reused after; `opt.as_deref_mut()`; `&mut v[..]` slices.
fn f(k: i64) -> i64 {
    let mut v = vec![Tracked::new("v0")];
    let r = &mut v;
    add(&mut *r, "r1").await;
    add(r, "r2").await;
    let mut o: Option<Box<Vec<Tracked>>> = Some(Box::new(Vec::new()));
    if let Some(inner) = o.as_deref_mut() { add(inner, "inner").await; }
    let mut nums = vec![3, 1, k];
    sort_slice(&mut nums[..]).await;
    v.len() as i64 * 100 + o.map_or(0, |b| b.len() as i64) * 10 + nums[0]
}
#[co] fn add(v: &mut Vec<Tracked>, name: &'static str) { tick(name).await; v.push(Tracked::new(name)); }
#[co] fn sort_slice(s: &mut [i64]) { tick("sort").await; s.sort_unstable(); }
