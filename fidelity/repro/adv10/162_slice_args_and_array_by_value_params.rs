// args: 2
// #[co] helpers taking `&[&str]`, `&mut [i64]`, `[Tracked; 2]` by value (array parameter destructured in the body).
fn f(k: i64) -> i64 {
    let words = ["alpha", "be", "gamma"];
    let a = count_long(&words, k as usize).await;
    let mut nums = [3, 1, 2];
    bump_all(&mut nums, k).await;
    let b = pair_len([Tracked::new("p0"), Tracked::new("p11")]).await;
    a * 1000 + nums.iter().sum::<i64>() * 10 + b
}
#[co] fn count_long(ws: &[&str], min: usize) -> i64 {
    let mut n = 0;
    for w in ws { if ready("w", w.len()).await > min { n += 1; } }
    n
}
#[co] fn bump_all(xs: &mut [i64], by: i64) {
    for x in xs.iter_mut() { *x += ready("b", by).await; }
    xs.sort();
}
#[co] fn pair_len(arr: [Tracked; 2]) -> i64 {
    tick("pair").await;
    let [a, b] = arr;
    a.len() * 10 + b.len()
}
