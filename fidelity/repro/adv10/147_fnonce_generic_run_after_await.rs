// args: 2
// Generic helpers taking FnOnce/FnMut closures and returning their results after awaits; closures own Tracked.
fn f(k: i64) -> i64 {
    let t = Tracked::new("owned");
    let a = run_after(move || take(t)).await;
    let mut hits = 0;
    let b = repeat_n(k, || { hits += 1; hits * 2 }).await;
    let c = run_after(|| Tracked::new("made")).await;
    let d = map_opt(Some(Tracked::new("mo")), |t| t.len() * 3).await;
    a * 1000 + b * 100 + c.len() * 10 + d.unwrap_or(0) + hits
}
#[co] fn run_after<R, F: FnOnce() -> R>(f: F) -> R { tick("before").await; f() }
#[co] fn repeat_n(n: i64, mut f: impl FnMut() -> i64) -> i64 { let mut last = 0; for _ in 0..n { tick("rep").await; last = f(); } last }
#[co] fn map_opt<T, U>(o: Option<T>, f: impl FnOnce(T) -> U) -> Option<U> { tick("map").await; o.map(f) }
