// args: 2
fn f(k: i64) -> i64 {
    let r = walk(vec![1, k, 3]).await;
    match r { ControlFlow::Break(b) => b * 100, ControlFlow::Continue(()) => -1 }
}
#[co] fn walk(v: Vec<i64>) -> ControlFlow<i64> {
    for x in v {
        tick("step").await;
        if x == 2 { ControlFlow::Break(x)?; }
    }
    ControlFlow::Continue(())
}
use std::ops::ControlFlow;
