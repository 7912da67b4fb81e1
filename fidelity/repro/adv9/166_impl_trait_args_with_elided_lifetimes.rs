// args: 2
// #[co] helpers taking `impl Iterator<Item = &Tracked>` (elided lifetime), `&mut impl Iterator<Item = i64>` and
// `impl FnMut(&str) -> usize` while holding borrows across awaits.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let a = sum_lens(v.iter().skip(1)).await;
    let mut it = (1..10).filter(|x| x % 2 == 1);
    let b = take_some(&mut it, k).await;
    let rest: i64 = it.sum();
    let mut seen = 0usize;
    let c = count_with(&["x", "yy"], |s| { seen += 1; s.len() }).await;
    a + b + rest + c + seen as i64
}
#[co] fn sum_lens(it: impl Iterator<Item = &Tracked>) -> i64 {
    let mut s = 0;
    for t in it { tick("sl").await; s += t.len(); }
    s
}
#[co] fn take_some(it: &mut impl Iterator<Item = i64>, n: i64) -> i64 {
    let mut s = 0;
    for _ in 0..n { if let Some(x) = it.next() { s += ready("ts", x).await; } }
    s
}
#[co] fn count_with(words: &[&str], mut f: impl FnMut(&str) -> usize) -> i64 {
    let mut s = 0;
    for w in words { let _g = Tracked::new("cw"); tick("cw").await; s += f(w) as i64; }
    s
}
