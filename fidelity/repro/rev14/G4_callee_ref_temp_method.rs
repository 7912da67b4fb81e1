// args: 2
fn f(k: i64) -> i64 {
    let m: std::collections::HashMap<i64, Box<dyn Fn(i64) -> i64>> = [(1, Box::new(|x: i64| x + 7) as Box<dyn Fn(i64) -> i64>)].into_iter().collect();
    let a = m.get(&1).unwrap()(ready("a", k).await) + ready("b", 1).await;
    let b = m.get(&1).unwrap()(ready("c", k).await);
    tick("x").await;
    a + b
}
