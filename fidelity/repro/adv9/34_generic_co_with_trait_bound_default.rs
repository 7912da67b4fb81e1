// args: 2
// Generic #[co] helper over T: Default + Clone + Debug with a where clause, called with two types.
fn f(k: i64) -> i64 {
    let a: Vec<i64> = fill(k as usize, 7).await;
    let b: Vec<String> = fill(2, String::from("s")).await;
    let c: Vec<Option<i64>> = fill(1, None).await;
    a.iter().sum::<i64>() + b.len() as i64 + c.len() as i64
}
#[co] fn fill<T>(n: usize, seed: T) -> Vec<T> where T: Default + Clone + std::fmt::Debug {
    let _g = Tracked::new("fill");
    let mut v = Vec::with_capacity(n);
    for i in 0..n {
        tick("fill").await;
        v.push(if i % 2 == 0 { seed.clone() } else { T::default() });
    }
    log(format!("{v:?}"));
    v
}
