// args: 2
fn f(k: i64) -> ControlFlow<String, i64> {
    let t = Tracked::new("t");
    let a = cf(k)?;
    tick("x").await;
    let b = ready("r", cf(a - 3)).await?;
    ControlFlow::Continue(a + b + t.len())
}
fn cf(n: i64) -> ControlFlow<String, i64> {
    if n < 0 { ControlFlow::Break(format!("neg {n}")) } else { ControlFlow::Continue(n + 1) }
}
use std::ops::ControlFlow;
