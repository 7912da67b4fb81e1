// args: 2
// Copy bindings consumed by by-value std methods (`Option<&T>::map`, `unwrap_or`, `then`, `max`) and used again after
// awaits (a copy is moved, the binding stays usable), some held by reference across the await.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("first"), Tracked::new("second")];
    let o: Option<&Tracked> = v.first();
    let n = o.map(|t| t.len()).unwrap_or(0);
    let num: Option<i64> = Some(k);
    let a = num.unwrap_or(-1);
    let flag = k > 1;
    let t = flag.then(|| 5).unwrap_or(0);
    let r = &num;
    tick("t").await;
    let again = o.map(|t| t.name().len() as i64).unwrap_or(0) + num.unwrap_or(0) + flag.then_some(1).unwrap_or(0);
    let m = a.max(ready("m", 3).await);
    n + a + t + again + m + r.unwrap_or(0)
}
