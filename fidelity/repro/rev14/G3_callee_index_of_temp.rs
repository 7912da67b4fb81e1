// args: 2
fn f(k: i64) -> i64 {
    let a = table()[1](ready("a", k).await) + ready("b", 1).await;
    tick("x").await;
    a
}
fn table() -> Vec<Box<dyn Fn(i64) -> i64>> { vec![Box::new(|x| x + 1), Box::new(|x| x * 3)] }
