// args: 2
// `impl Iterator<Item = &Tracked>` / `impl Fn(&str) -> usize` / `&mut impl Write` arguments with elided lifetimes.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bbb")];
    let a = total(v.iter()).await;
    let b = total(v.iter().filter(|t| t.name().len() as i64 > k)).await;
    let c = measure(|s: &str| s.len(), "hello").await;
    let mut out = String::new();
    let d = emit(&mut out, k).await;
    a * 1000 + b * 100 + c as i64 * 10 + d + out.len() as i64
}
#[co] fn total(it: impl Iterator<Item = &Tracked>) -> i64 {
    let mut s = 0;
    for t in it { s += ready("t", t.len()).await; }
    s
}
#[co] fn measure(f: impl Fn(&str) -> usize, s: &str) -> usize { tick("measure").await; f(s) }
#[co] fn emit(w: &mut impl std::fmt::Write, k: i64) -> i64 {
    for i in 0..k { write!(w, "{}", ready("w", i).await).unwrap(); }
    k
}
