// args:
// Helper coroutines taking `mut f: impl FnMut`, `&mut dyn FnMut` and `F: Fn` called between awaits.
fn f() -> i64 {
    let mut log_lines: Vec<String> = Vec::new();
    let n = each_step(3, |i| log_lines.push(format!("step {i}"))).await;
    let mut total = 0;
    let m = each_dyn(&mut |x| { total += x; x * 2 }).await;
    let t = Tracked::new("t");
    let k = apply_twice(|x| x + t.len()).await;
    tick("end").await;
    n * 1000 + m * 100 + total * 10 + k + log_lines.len() as i64
}

#[co] fn each_step(n: i64, mut f: impl FnMut(i64)) -> i64 {
    for i in 0..n {
        tick("step").await;
        f(i);
    }
    n
}
#[co] fn each_dyn(f: &mut dyn FnMut(i64) -> i64) -> i64 {
    let a = f(ready("a", 1).await);
    let b = f(ready("b", 2).await);
    a + b
}
#[co] fn apply_twice<F: Fn(i64) -> i64>(f: F) -> i64 {
    let x = f(1);
    tick("twice").await;
    f(x)
}
