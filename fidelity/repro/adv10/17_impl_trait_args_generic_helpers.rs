// args: 3
// #[co] helpers taking impl Trait / generic args: closures, iterators, AsRef<str>, Debug.
fn f(k: i64) -> i64 {
    let base = Tracked::new("base");
    let a = apply(|x| x * 2 + base.len(), k).await;
    let b = sum_all((0..k).map(|i| i * i)).await;
    let c = name_len("hello").await + name_len(String::from("xy")).await;
    let d = describe(&vec![1, 2], Tracked::new("d")).await;
    let e = pick(k > 1, Tracked::new("yes"), Tracked::new("no")).await;
    a * 10000 + b * 1000 + c * 100 + d + e.len()
}
#[co] fn apply(f: impl Fn(i64) -> i64, x: i64) -> i64 {
    let y = ready("apply", x).await;
    f(y) + f(1)
}
#[co] fn sum_all(it: impl Iterator<Item = i64>) -> i64 {
    let mut s = 0;
    for x in it { s += ready("add", x).await; }
    s
}
#[co] fn name_len(s: impl AsRef<str>) -> i64 {
    tick(if s.as_ref().len() > 3 { "long" } else { "short" }).await;
    s.as_ref().len() as i64
}
#[co] fn describe<T: std::fmt::Debug>(v: &T, t: Tracked) -> i64 {
    let n = show(v);
    tick("desc").await;
    n + t.len()
}
#[co] fn pick<T>(c: bool, a: T, b: T) -> T {
    tick("pick").await;
    if c { a } else { b }
}
