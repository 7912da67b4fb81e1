// args: 3
// Option/Result combinators (and_then, filter, map_or, ok_or_else, zip, xor) on awaited values.
fn f(k: i64) -> i64 {
    let a = ready("a", Some(k)).await.and_then(|x| (x > 1).then(|| x * 2)).filter(|x| x % 2 == 0);
    let b = ready("b", opt_trk("bt", k > 2)).await.map_or(0, |t| t.len());
    let c: Result<i64, Tracked> = ready("c", None::<i64>).await.ok_or_else(|| Tracked::new("missing"));
    let d = a.zip(Some(b)).map(|(x, y)| x + y).unwrap_or_default();
    let e = Some(1).xor(ready("e", None).await).unwrap_or(0);
    d * 10 + c.map_or_else(|t| t.len(), |v| v) + e
}
